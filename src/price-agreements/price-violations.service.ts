import { currentActor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { findOverlappingTie } from '../interactions/interactions.repo.ts';
import { createInteraction } from '../interactions/interactions.service.ts';
import { isInstitutionMember } from '../pools/pool-parties.repo.ts';
import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import { PRICE_MESSAGES as m } from './price-agreements.messages.ts';
import { enterpriseName, findAgreementRow, insertViolation } from './price-agreements.repo.ts';
import type { PriceAgreement, ViolationCreate } from './price-agreements.schema.ts';
import { actingUserId, getPriceAgreement } from './price-agreements.service.ts';
import { lockAgreement, namesOf } from './price-consents.service.ts';
import { assertNoProblems } from './price-errors.ts';
import { tellViolation } from './price-notices.ts';

/**
 * Records that a firm sold below the agreed price, as a PRICE_UNDERCUTTING tie (undercutter → affected)
 * written through the interactions service, so its rules, audit and the analysis refresh apply. A tie of
 * the same pair already covering the sale day is linked instead of duplicated. The report keeps `case_id`
 * empty: the cases feature (issue #19 point 1) opens a case from it and links it with `setViolationCase`.
 */
export async function reportViolation(
  db: Db,
  agreementId: string,
  input: ViolationCreate,
): Promise<PriceAgreement> {
  await inTransaction(db, async (trx) => {
    const agreement = await lockAgreement(trx, agreementId);
    const problems: ErrorDetail[] = [];
    for (const path of ['offenderEnterpriseId', 'affectedEnterpriseId'] as const) {
      if ((await enterpriseName(trx, input[path])) === undefined) {
        problems.push({ path, message: tr(m.enterpriseMissing, { id: input[path] }) });
      }
    }
    assertNoProblems(problems);
    if (input.offenderEnterpriseId === input.affectedEnterpriseId) {
      problems.push({ path: 'affectedEnterpriseId', message: tr(m.sameFirm) });
    }
    if (
      !(await isInstitutionMember(trx, agreement.institution_id, [input.affectedEnterpriseId], input.soldOn))
    ) {
      const names = await namesOf(trx, agreement.institution_id, input.affectedEnterpriseId);
      problems.push({ path: 'affectedEnterpriseId', message: tr(m.reporterNotMember, names) });
    }
    const outside =
      input.soldOn < agreement.valid_from || (agreement.valid_to && input.soldOn > agreement.valid_to);
    if (outside) {
      const to = agreement.valid_to ?? tr(m.open);
      problems.push({
        path: 'soldOn',
        message: tr(m.soldOutsideValidity, { date: input.soldOn, from: agreement.valid_from, to }),
      });
    } else if (input.soldOn > todayWib()) {
      problems.push({ path: 'soldOn', message: tr(m.inFuture, { date: input.soldOn }) });
    }
    const price = Number(agreement.price);
    if (agreement.kind === 'floor' && input.soldPrice != null && input.soldPrice >= price) {
      problems.push({ path: 'soldPrice', message: tr(m.soldNotBelow, { sold: input.soldPrice, price }) });
    }
    assertNoProblems(problems);
    const names = await namesOf(trx, agreement.institution_id, input.affectedEnterpriseId);
    const note = tr(m.tieNote, {
      product: agreement.product,
      institution: names.institution,
      note: input.evidenceNote,
    });
    const interactionId = await undercuttingTie(trx, { ...input, centerId: agreement.center_id, note });
    await insertViolation(trx, {
      agreement_id: agreementId,
      offender_enterprise_id: input.offenderEnterpriseId,
      affected_enterprise_id: input.affectedEnterpriseId,
      sold_on: input.soldOn,
      sold_price: input.soldPrice ?? null,
      evidence_note: input.evidenceNote,
      interaction_id: interactionId,
      reported_by: actingUserId(),
    });
    const facts = await findAgreementRow(trx, agreementId);
    if (facts) {
      await tellViolation(trx, facts, {
        offender: (await enterpriseName(trx, input.offenderEnterpriseId)) ?? '',
        affected: names.enterprise,
        affectedEnterpriseId: input.affectedEnterpriseId,
        soldOn: input.soldOn,
      });
    }
  });
  return getPriceAgreement(db, agreementId);
}

/** The PRICE_UNDERCUTTING tie for the sale: one day long (end exclusive), or the existing one covering it. */
async function undercuttingTie(
  trx: Db,
  tie: ViolationCreate & { centerId: string; note: string },
): Promise<string> {
  const end = new Date(`${tie.soldOn}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const endDate = end.toISOString().slice(0, 10);
  const existing = await findOverlappingTie(trx, {
    type: 'PRICE_UNDERCUTTING',
    from_enterprise_id: tie.offenderEnterpriseId,
    to_enterprise_id: tie.affectedEnterpriseId,
    to_institution_id: null,
    start_date: tie.soldOn,
    end_date: endDate,
  });
  if (existing) return existing;
  const actor = currentActor();
  const created = await createInteraction(trx, {
    centerId: tie.centerId,
    fromEnterpriseId: tie.offenderEnterpriseId,
    toEnterpriseId: tie.affectedEnterpriseId,
    type: 'PRICE_UNDERCUTTING',
    startDate: tie.soldOn,
    endDate,
    frequency: 'once',
    formality: 'oral',
    reportedBy: actor.kind === 'user' && actor.role === 'enterprise' ? 'one_party' : 'third_party',
    confidence: 'reported',
    evidenceNotes: tie.note,
  });
  return created.id;
}
