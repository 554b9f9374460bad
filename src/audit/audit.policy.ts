import type { Actor } from '../auth/actor.ts';
import { readBy } from '../auth/policy.ts';

/** Entity types of the trail that only admins (and the terminal's operator) read. */
const ADMIN_ONLY_ENTITIES = ['job'] as const;

/**
 * The audit trail names who changed what: admins read all of it, regional officers the changes to records
 * in their regions (the service narrows the query to their scope).
 */
export const auditPolicy = {
  read: readBy('admin', 'regional_officer'),
  /** The entity types hidden from `actor`: jobs are admin-only, in the trail as on the queue screen. */
  hiddenEntityTypes: (actor: Actor): readonly string[] =>
    actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin') ? [] : ADMIN_ONLY_ENTITIES,
};
