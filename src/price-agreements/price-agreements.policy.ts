import type { Actor } from '../auth/actor.ts';
import { assertInScope, isAdmin, isNational, readBy, writeBy } from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { isInstitutionMember } from '../pools/pool-parties.repo.ts';
import { todayWib } from '../shared/periods.ts';
import { AGREEMENT_BOARD_ROLES } from './price-agreements.constants.ts';
import { agreementInScope, memberAgreementPredicate } from './price-agreements.repo.ts';

/**
 * Price agreements belong to a koperasi or paguyuban and a centre. Officers and centre managers see and
 * record those of the centres in their scope; the ministry reads all; an enterprise user sees those of
 * institutions its firm belongs to, records one when its firm sits on the institution's board, and
 * consents or reports a violation for its own firm only. Researchers and viewers see none (an agreed price
 * names firms and may be evidence of a cartel).
 */
export const priceAgreementPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'),
  record: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),
  consent: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),
  report: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),

  /** Agreements (alias `pa`) the actor may read; undefined means all. */
  scope(actor: Actor): ScopePredicate {
    if (isNational(actor)) return undefined;
    if (actor.kind === 'user' && actor.role === 'enterprise') {
      return memberAgreementPredicate(actor.scopes.enterprises, todayWib());
    }
    return centerScope(actor, 'pa.center_id');
  },
};

/** The firms the actor may consent or report for: all (null) for admins, officers and managers, else its own. */
export function actableEnterprises(actor: Actor): readonly string[] | null {
  if (actor.kind !== 'user') return isAdmin(actor) ? null : [];
  if (actor.role === 'enterprise') return actor.scopes.enterprises;
  return ['admin', 'regional_officer', 'center_manager'].includes(actor.role) ? null : [];
}

/** 403 unless the actor may read agreement `id` (a missing one passes, for the service's 404). */
export async function assertAgreementReadable(db: Db, actor: Actor, id: string): Promise<void> {
  const found = isUuid(id) ? await agreementInScope(db, id, priceAgreementPolicy.scope(actor)) : undefined;
  if (found) assertInScope(found.visible);
}

/** 403 unless the actor may record an agreement for this institution and centre. */
export async function assertMayRecordFor(
  db: Db,
  actor: Actor,
  agreement: { centerId: string; institutionId: string },
): Promise<void> {
  if (isAdmin(actor)) return;
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    const board = await isInstitutionMember(
      db,
      agreement.institutionId,
      actor.scopes.enterprises,
      todayWib(),
      AGREEMENT_BOARD_ROLES,
    );
    assertInScope(board);
    return;
  }
  await assertRecordInScope(db, 'centers', agreement.centerId, (column) => centerScope(actor, column));
}

/**
 * 403 unless the actor may act for `enterpriseId` on agreement `id` (consent, or report as the affected
 * firm): an enterprise user for its own firm on an agreement it can read; officers and managers for
 * agreements of centres in scope. Whether the firm is a member is the service's rule (422).
 */
export async function assertMayActFor(db: Db, actor: Actor, id: string, enterpriseId: string): Promise<void> {
  if (isAdmin(actor)) return;
  const found = isUuid(id) ? await agreementInScope(db, id, priceAgreementPolicy.scope(actor)) : undefined;
  if (!found) return;
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    assertInScope(found.visible && actor.scopes.enterprises.includes(enterpriseId));
    return;
  }
  await assertRecordInScope(db, 'centers', found.centerId, (column) => centerScope(actor, column));
}

/** Who withdraws a consent: the firm itself, the institution's board for a member, or an officer/manager/admin. */
export type WithdrawalStanding = 'own' | 'board' | 'office';

/** True when an enterprise user's firm sits on the board of agreement `id`'s institution today. */
async function onBoard(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (!(actor.kind === 'user' && actor.role === 'enterprise') || !isUuid(id)) return false;
  const found = await agreementInScope(db, id, priceAgreementPolicy.scope(actor));
  if (!found?.visible) return false;
  const day = todayWib();
  return isInstitutionMember(db, found.institutionId, actor.scopes.enterprises, day, AGREEMENT_BOARD_ROLES);
}

/**
 * 403 unless the actor may withdraw `enterpriseId`'s consent on agreement `id`, else how: an enterprise user
 * for its own firm, or for any member when its firm sits on the institution's board (the service then wants
 * a reason and tells the member); officers, managers and admins as for consenting.
 */
export async function withdrawalStanding(
  db: Db,
  actor: Actor,
  id: string,
  enterpriseId: string,
): Promise<WithdrawalStanding> {
  if (
    actor.kind === 'user' &&
    actor.role === 'enterprise' &&
    !actor.scopes.enterprises.includes(enterpriseId)
  ) {
    if (await onBoard(db, actor, id)) return 'board';
  }
  await assertMayActFor(db, actor, id, enterpriseId);
  return actor.kind === 'user' && actor.role === 'enterprise' ? 'own' : 'office';
}

/** True when the actor may withdraw other members' consents on agreement `id` (for the web's board form). */
export async function mayWithdrawOthers(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (actor.kind === 'user' && actor.role === 'enterprise') return onBoard(db, actor, id);
  return actableEnterprises(actor) === null;
}
