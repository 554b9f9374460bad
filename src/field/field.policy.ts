import type { Actor } from '../auth/actor.ts';
import { type Access, assertInScope, isAdmin, roleAllows, writeBy } from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';

/**
 * Who may collect data in the field: the roles that already write ties, institution memberships and
 * facility usage (admins, regional officers, centre managers), in the centres their scope reaches (an
 * officer's regions, a manager's own centres). Each synced change is then checked by its own domain's
 * rules as the normal API would (`field-sync.service.ts`); this policy only opens the door.
 */
export const fieldPolicy = {
  collect: writeBy('admin', 'regional_officer', 'center_manager'),
  /** Interview notes and consent offline: researchers (and the admin), each project's members only. */
  research: writeBy('admin', 'researcher'),
  /** Who may send a sync at all: collectors and researchers; each change is then checked by its kind. */
  sync: writeBy('admin', 'regional_officer', 'center_manager', 'researcher'),

  /** Centres (by id column) the actor may collect in; undefined = all. */
  collectScope(actor: Actor): (idColumn: string) => ScopePredicate {
    return (idColumn) => centerScope(actor, idColumn);
  },

  /** May the actor resolve a conflict of `userId`'s change? Its collector, or an admin. */
  mayResolve(actor: Actor, userId: string): boolean {
    return isAdmin(actor) || (actor.kind === 'user' && actor.userId === userId);
  },
};

/** 403 unless the actor may collect in centre `centerId` (a missing centre passes, for the service's 404). */
export async function assertMayCollectIn(db: Db, actor: Actor, centerId: string): Promise<void> {
  assertInScope(mayWrite(actor, fieldPolicy.collect));
  await assertRecordInScope(db, 'centers', centerId, fieldPolicy.collectScope(actor));
}

/** True when the route rule `access` would let `actor` write (the system always). */
export function mayWrite(actor: Actor, access: Access): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return roleAllows(actor.role, actor.readOnly, access);
}
