import type { Actor, Role } from '../auth/actor.ts';
import { assertInScope, isAdmin, PUBLIC, readBy, regionInScope, writeBy } from '../auth/policy.ts';
import { seesPseudonyms } from '../auth/pseudonym.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope, institutionScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { findChallengeRow } from './challenges.repo.ts';
import { centersOutsideScope, findInstitutionPlacement } from './institutions.repo.ts';
import type { InstitutionCreate, InstitutionUpdate } from './institutions.schema.ts';

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

/** 403 unless the institution `id` is in the actor's scope (a missing one passes, for the service's 404). */
export async function assertInstitutionInScope(db: Db, actor: Actor, id: string): Promise<void> {
  await assertRecordInScope(db, 'institutions', id, institutionPolicy.scope(actor));
}

/**
 * 403 unless every centre in `centerIds` is one the actor's scope reaches: linking an institution to a
 * centre (or unlinking it) changes that centre's picture, and widens its managers' scope.
 */
async function assertCentersInScope(db: Db, actor: Actor, centerIds: readonly string[]): Promise<void> {
  const scope = centerScope(actor, 'c.id');
  if (scope === undefined) return;
  assertInScope((await centersOutsideScope(db, centerIds, scope)).length === 0);
}

/** A new institution must sit in the actor's regions and serve only centres in their scope. */
export async function assertMayRegister(db: Db, actor: Actor, input: InstitutionCreate): Promise<void> {
  assertInScope(institutionPolicy.canPlace(actor, input.regionCode ?? null));
  await assertCentersInScope(db, actor, input.centerIds);
}

/**
 * An edit needs the institution in scope; moving it is placing it anew, and every centre added to or
 * removed from the ones it serves must be in scope too. Fields sent unchanged are not a move.
 */
export async function assertMayEdit(
  db: Db,
  actor: Actor,
  id: string,
  input: InstitutionUpdate,
): Promise<void> {
  await assertInstitutionInScope(db, actor, id);
  const current = isUuid(id) ? await findInstitutionPlacement(db, id) : undefined;
  if (!current) return;
  if (input.regionCode !== undefined && (input.regionCode ?? null) !== current.regionCode) {
    assertInScope(institutionPolicy.canPlace(actor, input.regionCode ?? null));
  }
  if (input.centerIds) {
    const next = new Set(input.centerIds);
    const before = new Set(current.centerIds);
    const changed = [
      ...input.centerIds.filter((id) => !before.has(id)),
      ...current.centerIds.filter((id) => !next.has(id)),
    ];
    await assertCentersInScope(db, actor, changed);
  }
}

/** 403 unless the institution of challenge `id` is in scope (a missing challenge falls through to a 404). */
export async function assertChallengeInScope(db: Db, actor: Actor, id: string): Promise<void> {
  const row = isUuid(id) ? await findChallengeRow(db, id) : undefined;
  if (row) await assertInstitutionInScope(db, actor, row.institution_id);
}

/**
 * A challenge's notes may name people and quote them: a reader who sees firms as pseudonyms (a researcher
 * without personal-data access) gets the challenge without its notes.
 */
export function hidesChallengeNotes(actor: Actor): boolean {
  return seesPseudonyms(actor);
}
