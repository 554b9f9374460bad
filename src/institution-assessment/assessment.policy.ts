import type { Actor } from '../auth/actor.ts';
import { assertInScope, isAdmin, isNational, readBy, roleAllows, writeBy } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { assertInstitutionInScope } from '../institutions/institutions.policy.ts';
import { isInstitutionBoard, isInstitutionMember } from '../pools/pool-parties.repo.ts';
import { todayWib } from '../shared/periods.ts';
import { findInstitutionForAssessment } from './assessment-store.repo.ts';

/**
 * An institution's self-assessment is answered by its own board (an enterprise user whose firm sits on
 * the board today: board, chair, secretary, treasurer), or by an admin. Officers and centre managers in
 * scope and the ministry read it; a member firm's users read their institution's tier and its breakdown.
 * Researchers and viewers see none: the answers describe one identifiable organisation's inner life.
 */
export const assessmentPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'),
  answer: writeBy('admin', 'enterprise'),
};

async function exists(db: Db, id: string): Promise<boolean> {
  return isUuid(id) && (await findInstitutionForAssessment(db, id)) !== undefined;
}

/** 403 unless the actor may read institution `id`'s assessments (a missing one passes, for the 404). */
export async function assertMayReadAssessments(db: Db, actor: Actor, id: string): Promise<void> {
  if (isNational(actor) || !(await exists(db, id))) return;
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    assertInScope(await isInstitutionMember(db, id, actor.scopes.enterprises, todayWib()));
    return;
  }
  await assertInstitutionInScope(db, actor, id);
}

/** 403 unless the actor may answer for institution `id`: an admin, or its board today. */
export async function assertMayAnswer(db: Db, actor: Actor, id: string): Promise<void> {
  if (isAdmin(actor) || !(await exists(db, id))) return;
  const board =
    actor.kind === 'user' &&
    actor.role === 'enterprise' &&
    (await isInstitutionBoard(db, id, actor.scopes.enterprises, todayWib()));
  assertInScope(board);
}

/** Whether the actor may answer for institution `id` (what the web offers; the POST checks again). */
export async function mayAnswerAssessment(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user' || !roleAllows(actor.role, actor.readOnly, assessmentPolicy.answer)) return false;
  if (isAdmin(actor)) return true;
  return actor.role === 'enterprise' && isInstitutionBoard(db, id, actor.scopes.enterprises, todayWib());
}
