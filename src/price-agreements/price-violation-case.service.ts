import type { ReporterRole } from '../cases/cases.constants.ts';
import { CaseCreateSchema } from '../cases/cases.schema.ts';
import { createCase } from '../cases/cases.service.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { PRICE_MESSAGES as m } from './price-agreements.messages.ts';
import { enterpriseName, findViolationRow, setViolationCase } from './price-agreements.repo.ts';
import type { PriceAgreement } from './price-agreements.schema.ts';
import { getPriceAgreement } from './price-agreements.service.ts';
import { lockAgreement, namesOf } from './price-consents.service.ts';

/** The violation report of the agreement; 404 naming it when the agreement has none by that id. */
export async function findViolation(db: Db, agreementId: string, violationId: string) {
  const row =
    isUuid(violationId) && isUuid(agreementId)
      ? await findViolationRow(db, agreementId, violationId)
      : undefined;
  if (!row) throw new AppError('not_found', tr(m.violationMissing, { id: violationId }));
  return row;
}

/**
 * Opens a PRICE_UNDERCUTTING conflict case from a violation report through the cases service (its intake
 * rules, audit and notices apply): the affected firm complains, the undercutter responds, the report's tie
 * is linked, and the report keeps the case's id. One case per report (409 for a second).
 */
export async function openViolationCase(
  db: Db,
  agreementId: string,
  violationId: string,
  reporterRole: ReporterRole,
): Promise<PriceAgreement> {
  await inTransaction(db, async (trx) => {
    const agreement = await lockAgreement(trx, agreementId);
    const report = await findViolation(trx, agreementId, violationId);
    if (report.case_id !== null) throw new AppError('conflict', tr(m.caseAlreadyOpen));
    const names = await namesOf(trx, agreement.institution_id, report.affected_enterprise_id);
    const offender = (await enterpriseName(trx, report.offender_enterprise_id)) ?? '';
    const words = {
      product: agreement.product,
      offender,
      affected: names.enterprise,
      institution: names.institution,
      date: report.sold_on,
      note: report.evidence_note,
    };
    const opened = await createCase(
      trx,
      CaseCreateSchema.parse({
        centerId: agreement.center_id,
        caseType: 'PRICE_UNDERCUTTING',
        title: tr(m.caseTitle, words).slice(0, 200),
        description: tr(m.caseDescription, words).slice(0, 5000),
        parties: [
          { partyKind: 'enterprise', partyId: report.affected_enterprise_id, side: 'complainant' },
          { partyKind: 'enterprise', partyId: report.offender_enterprise_id, side: 'respondent' },
        ],
        interactionIds: [report.interaction_id],
      }),
      reporterRole,
    );
    await setViolationCase(trx, violationId, opened.id);
  });
  return getPriceAgreement(db, agreementId);
}
