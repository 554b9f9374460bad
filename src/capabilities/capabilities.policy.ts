import type { Actor, Role } from '../auth/actor.ts';
import { readBy, SIGNED_IN, writeBy } from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { enterpriseScope } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';

/**
 * Capability profiles are business data (capacity, machines, certificates a competitor would like to
 * know): the enterprise itself, the centre managers and regional officers of its scope, and the ministry
 * and admins read and edit them. Researchers and viewers read none — matching gives researchers only
 * pseudonymised aggregates (issue #18, Access). The taxonomy's names are no secret: every signed-in user
 * reads them; admins, the ministry and regional officers (a Dinas) add sectors and processes.
 */
const PROFILE_ROLES: Role[] = ['admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'];

export const capabilityPolicy = {
  read: readBy(...PROFILE_ROLES),
  edit: writeBy(...PROFILE_ROLES),
  readTaxonomy: SIGNED_IN,
  editTaxonomy: writeBy('admin', 'ministry', 'regional_officer'),
};

/** 403 unless the actor's scope reaches enterprise `id` (a missing one passes, for the 404). */
export async function assertMayReachProfile(db: Db, actor: Actor, id: string): Promise<void> {
  await assertRecordInScope(db, 'enterprises', id, (column) => enterpriseScope(actor, column));
}
