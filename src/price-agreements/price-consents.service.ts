import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { enterpriseExists, findInstitutionFacts, isInstitutionMember } from '../pools/pool-parties.repo.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import { PRICE_MESSAGES as m } from './price-agreements.messages.ts';
import type { WithdrawalStanding } from './price-agreements.policy.ts';
import {
  enterpriseName,
  findConsentRow,
  lockAgreementRow,
  upsertConsent,
  withdrawConsentRow,
} from './price-agreements.repo.ts';
import type { ConsentCreate, ConsentWithdraw, PriceAgreement } from './price-agreements.schema.ts';
import { actingUserId, getPriceAgreement, reevaluateFlag } from './price-agreements.service.ts';
import { assertNoProblems, priceErrors } from './price-errors.ts';
import { tellConsentWithdrawn } from './price-notices.ts';

/**
 * Records a member firm's dated consent and re-evaluates the competition-law flag. Only a firm that was a
 * member of the institution on the consent day may consent; anything else is a 422 and nothing is written.
 */
export async function addConsent(db: Db, agreementId: string, input: ConsentCreate): Promise<PriceAgreement> {
  await inTransaction(db, async (trx) => {
    const agreement = await lockAgreement(trx, agreementId);
    const at = { path: 'consentedOn' };
    if (input.consentedOn > todayWib()) {
      assertNoProblems([{ ...at, message: tr(m.inFuture, { date: input.consentedOn }) }]);
    }
    if (agreement.valid_to !== null && input.consentedOn > agreement.valid_to) {
      const message = tr(m.consentAfterEnd, { date: input.consentedOn, end: agreement.valid_to });
      assertNoProblems([{ ...at, message }]);
    }
    if (!(await enterpriseExists(trx, input.enterpriseId))) {
      assertNoProblems([
        { path: 'enterpriseId', message: tr(m.enterpriseMissing, { id: input.enterpriseId }) },
      ]);
    }
    const names = await namesOf(trx, agreement.institution_id, input.enterpriseId);
    if (
      !(await isInstitutionMember(trx, agreement.institution_id, [input.enterpriseId], input.consentedOn))
    ) {
      const message = tr(m.notMember, { ...names, date: input.consentedOn });
      assertNoProblems([{ path: 'enterpriseId', message }]);
    }
    const existing = await findConsentRow(trx, agreementId, input.enterpriseId);
    if (existing && existing.withdrawn_on === null) {
      const message = tr(m.alreadyConsented, { ...names, date: existing.consented_on });
      assertNoProblems([{ path: 'enterpriseId', message }]);
    }
    await upsertConsent(trx, { agreementId, ...input, userId: actingUserId() });
    await reevaluateFlag(trx, agreementId);
  });
  return getPriceAgreement(db, agreementId);
}

/**
 * Withdraws a firm's standing consent on a day and re-evaluates the flag. The institution's board
 * withdrawing another member's consent must say why (422 otherwise); the reason and who are kept with the
 * consent (and so in the audit trail) and the member's users are told.
 */
export async function withdrawConsent(
  db: Db,
  agreementId: string,
  input: ConsentWithdraw,
  standing: WithdrawalStanding = 'own',
): Promise<PriceAgreement> {
  await inTransaction(db, async (trx) => {
    const agreement = await lockAgreement(trx, agreementId);
    const reason = input.withdrawReason?.trim() || null;
    if (standing === 'board' && !reason) {
      assertNoProblems([{ path: 'withdrawReason', message: tr(m.boardReasonNeeded) }]);
    }
    const existing = await findConsentRow(trx, agreementId, input.enterpriseId);
    if (!existing || existing.withdrawn_on !== null) {
      assertNoProblems([{ path: 'enterpriseId', message: tr(m.noConsent) }]);
      return;
    }
    if (input.withdrawnOn < existing.consented_on) {
      const message = tr(m.withdrawBeforeConsent, {
        date: input.withdrawnOn,
        consented: existing.consented_on,
      });
      assertNoProblems([{ path: 'withdrawnOn', message }]);
    }
    if (input.withdrawnOn > todayWib()) {
      assertNoProblems([{ path: 'withdrawnOn', message: tr(m.inFuture, { date: input.withdrawnOn }) }]);
    }
    const byOther = standing !== 'own';
    await withdrawConsentRow(trx, agreementId, input.enterpriseId, input.withdrawnOn, {
      reason: byOther ? reason : null,
      userId: byOther ? actingUserId() : null,
    });
    if (byOther) {
      const names = await namesOf(trx, agreement.institution_id, input.enterpriseId);
      await tellConsentWithdrawn(trx, {
        agreementId,
        product: agreement.product,
        institution: names.institution,
        enterpriseId: input.enterpriseId,
        enterprise: names.enterprise,
        date: input.withdrawnOn,
        reason: reason ?? '–',
      });
    }
    await reevaluateFlag(trx, agreementId);
  });
  return getPriceAgreement(db, agreementId);
}

/** The agreement, locked for the change (404 when missing). */
export async function lockAgreement(trx: Db, id: string) {
  const row = isUuid(id) ? await lockAgreementRow(trx, id) : undefined;
  if (!row) throw priceErrors.notFound(id);
  return row;
}

/** The institution's and the firm's names, for messages. */
export async function namesOf(trx: Db, institutionId: string, enterpriseId: string) {
  const institution = (await findInstitutionFacts(trx, institutionId))?.name ?? '';
  return { institution, enterprise: (await enterpriseName(trx, enterpriseId)) ?? enterpriseId };
}
