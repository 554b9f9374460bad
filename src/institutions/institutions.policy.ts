import type { Actor, Role } from '../auth/actor.ts';
import { isAdmin, PUBLIC, readBy, regionInScope, writeBy } from '../auth/policy.ts';
import { institutionScope, type ScopePredicate } from '../auth/scope-sql.ts';

const CHALLENGE_READERS: Role[] = ['admin', 'ministry', 'regional_officer', 'center_manager', 'researcher'];

/**
 * Institutions are organisations (no personal data): anyone may read their profiles. Their challenges log
 * (board conflict, elite capture…) is sensitive: signed-in officers, managers and researchers only. Admins
 * and regional officers (their regions) manage institutions; centre managers edit those serving their
 * centres and keep their challenges log.
 */
export const institutionPolicy = {
  read: PUBLIC,
  register: writeBy('admin', 'regional_officer'),
  edit: writeBy('admin', 'regional_officer', 'center_manager'),
  archive: writeBy('admin', 'regional_officer'),
  readChallenges: readBy(...CHALLENGE_READERS),
  editChallenges: writeBy('admin', 'regional_officer', 'center_manager'),

  /** Institutions the actor may change (and whose challenges they may read or log). */
  scope(actor: Actor): (idColumn: string) => ScopePredicate {
    return (idColumn) =>
      actor.kind === 'user' && actor.role === 'researcher' ? undefined : institutionScope(actor, idColumn);
  },

  /**
   * May the actor place an institution in `regionCode` (registering it there, or moving it)? Only an admin
   * may leave an institution without a region, and a centre manager, who has no regions, may not move one.
   */
  canPlace(actor: Actor, regionCode: string | null): boolean {
    if (isAdmin(actor)) return true;
    return actor.kind === 'user' && actor.role === 'regional_officer' && regionInScope(actor, regionCode);
  },
};
