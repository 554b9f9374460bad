import type { Actor } from '../auth/actor.ts';
import { assertInScope } from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { findChallengeRow } from './challenges.repo.ts';
import { institutionPolicy } from './institutions.policy.ts';
import { centersOutsideScope, findInstitutionPlacement } from './institutions.repo.ts';
import type { InstitutionCreate, InstitutionUpdate } from './institutions.schema.ts';

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
