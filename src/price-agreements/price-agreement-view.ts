import type { Db } from '../db/database.ts';
import { currentMemberRows } from '../pools/pool-parties.repo.ts';
import { toIso } from '../shared/dates.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import { FLAG_WORDS, flagSummary, verdictSentence } from './competition-flag.words.ts';
import { FLAG_LABELS } from './price-agreements.constants.ts';
import { type AgreementRow, consentRows, violationRows } from './price-agreements.repo.ts';
import type { PriceAgreement, PriceAgreementSummary } from './price-agreements.schema.ts';

/** An agreement row as listed. */
export function toSummary(row: AgreementRow): PriceAgreementSummary {
  return {
    id: row.id,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    centerId: row.center_id,
    centerName: row.center_name,
    product: row.product,
    unit: row.unit,
    priceKind: row.kind,
    price: Number(row.price),
    effectiveFrom: row.valid_from,
    effectiveTo: row.valid_to,
    flag: row.flag,
    consents: row.consents,
  };
}

/**
 * An agreement in full: consents, the recorded flag explained in the reader's language, reports, and the
 * current members the reader may act for (`actFor`; null: all), and whether the reader may withdraw other
 * members' consents (`withdrawOthers`: the institution's board, officers, managers).
 */
export async function toAgreement(
  db: Db,
  row: AgreementRow,
  actFor: readonly string[] | null,
  withdrawOthers = false,
): Promise<PriceAgreement> {
  const lang = currentLang();
  const [consents, violations, members] = await Promise.all([
    consentRows(db, row.id),
    violationRows(db, row.id),
    currentMemberRows(db, row.institution_id, todayWib(), actFor),
  ]);
  const verdicts = row.flag_inputs;
  return {
    ...toSummary(row),
    notes: row.notes,
    competitionFlag: {
      status: row.flag,
      label: tr(FLAG_LABELS[row.flag], {}, lang),
      summary: flagSummary(row.flag, verdicts, lang),
      firms: verdicts.map((v) => ({ ...v, explanation: verdictSentence(v, lang) })),
      notLegalAdvice: tr(FLAG_WORDS.notLegalAdvice, {}, lang),
      evaluatedAt: toIso(row.flag_evaluated_at),
    },
    consentList: consents.map((c) => ({
      enterpriseId: c.enterprise_id,
      enterpriseName: c.enterprise_name,
      consentedOn: c.consented_on,
      withdrawnOn: c.withdrawn_on,
      withdrawReason: c.withdraw_reason,
    })),
    violations: violations.map((v) => ({
      id: v.id,
      offenderEnterpriseId: v.offender_enterprise_id,
      offenderName: v.offender_name,
      affectedEnterpriseId: v.affected_enterprise_id,
      affectedName: v.affected_name,
      soldOn: v.sold_on,
      soldPrice: v.sold_price === null ? null : Number(v.sold_price),
      evidenceNote: v.evidence_note,
      interactionId: v.interaction_id,
      caseId: v.case_id,
      createdAt: toIso(v.created_at),
    })),
    members,
    withdrawOthers,
    version: row.version,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
