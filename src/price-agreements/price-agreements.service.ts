import { currentActor } from '../auth/actor.ts';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { centerExists, findInstitutionFacts, institutionServes } from '../pools/pool-parties.repo.ts';
import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { agreementFlag, firmVerdict } from './competition-flag.ts';
import { toAgreement, toSummary } from './price-agreement-view.ts';
import { PRICE_MESSAGES as m } from './price-agreements.messages.ts';
import {
  consenterFigureRows,
  findAgreementRow,
  insertAgreement,
  listAgreementRows,
  saveFlag,
} from './price-agreements.repo.ts';
import type {
  PriceAgreement,
  PriceAgreementCreate,
  PriceAgreementListQuery,
  PriceAgreementSummary,
} from './price-agreements.schema.ts';
import { assertNoProblems, priceErrors } from './price-errors.ts';
import { announceAgreement, tellFlagged } from './price-notices.ts';

/** Agreements matching the filters within the reader's `scope` (a predicate on alias `pa`). */
export async function listPriceAgreements(
  db: Db,
  query: PriceAgreementListQuery,
  scope: ScopePredicate,
): Promise<Page<PriceAgreementSummary>> {
  const { rows, total } = await listAgreementRows(db, query, scope);
  return { items: rows.map(toSummary), total, limit: query.limit, offset: query.offset };
}

/**
 * One agreement in full; 404 when it does not exist. `actFor` limits the member firms offered to the reader
 * for consents and reports (null: all current members).
 */
export async function getPriceAgreement(
  db: Db,
  id: string,
  actFor: readonly string[] | null = null,
  withdrawOthers = false,
): Promise<PriceAgreement> {
  const row = isUuid(id) ? await findAgreementRow(db, id) : undefined;
  if (!row) throw priceErrors.notFound(id);
  return toAgreement(db, row, actFor, withdrawOthers);
}

/** The user acting, for `created_by` / `recorded_by` (null for the CLI's system actor). */
export function actingUserId(): string | null {
  const actor = currentActor();
  return actor.kind === 'user' ? actor.userId : null;
}

/** Records an agreement of an institution serving the centre; with no consents yet its flag is clear. */
export async function createPriceAgreement(db: Db, input: PriceAgreementCreate): Promise<PriceAgreement> {
  const id = await inTransaction(db, async (trx) => {
    const institution = await findInstitutionFacts(trx, input.institutionId);
    const problems: ErrorDetail[] = [];
    if (!institution || institution.archived) {
      problems.push({
        path: 'institutionId',
        message: tr(m.institutionMissing, { id: input.institutionId }),
      });
    }
    if (!(await centerExists(trx, input.centerId))) {
      problems.push({ path: 'centerId', message: tr(m.centerMissing, { id: input.centerId }) });
    } else if (institution && !(await institutionServes(trx, input.institutionId, input.centerId))) {
      problems.push({ path: 'centerId', message: tr(m.notServing) });
    }
    if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
      problems.push({
        path: 'effectiveTo',
        message: tr(m.validOrder, { from: input.effectiveFrom, to: input.effectiveTo }),
      });
    }
    assertNoProblems(problems);
    const agreementId = await insertAgreement(trx, {
      institution_id: input.institutionId,
      center_id: input.centerId,
      product: input.product,
      unit: input.unit,
      kind: input.priceKind,
      price: input.price,
      valid_from: input.effectiveFrom,
      valid_to: input.effectiveTo ?? null,
      notes: input.notes ?? null,
      flag: 'clear',
      created_by: actingUserId(),
    });
    const stored = await findAgreementRow(trx, agreementId);
    if (stored) await announceAgreement(trx, stored);
    return agreementId;
  });
  return getPriceAgreement(db, id);
}

/**
 * Judges every standing consenter on its latest yearly figures and records the flag with the verdicts,
 * inside the transaction that changed the consents or the figures (so the stored flag always matches
 * them). When the agreement turns flagged the institution's board is told, naming the firms.
 */
export async function reevaluateFlag(trx: Db, agreementId: string): Promise<void> {
  const before = await findAgreementRow(trx, agreementId);
  const rows = await consenterFigureRows(trx, agreementId);
  const verdicts = rows.map((r) =>
    firmVerdict({
      enterpriseId: r.enterprise_id,
      enterpriseName: r.enterprise_name,
      inputs:
        r.year === null
          ? null
          : {
              year: r.year,
              workersMale: r.workers_male,
              workersFemale: r.workers_female,
              investmentExclLandBuilding: r.investment_excl_land_building,
              businessCapital: r.business_capital,
              annualSales: r.annual_sales,
            },
    }),
  );
  const flag = agreementFlag(verdicts);
  await saveFlag(trx, agreementId, flag, verdicts);
  if (before && flag === 'flagged' && before.flag !== 'flagged') await tellFlagged(trx, before, verdicts);
}
