import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { onFirmFiguresChanged } from '../price-agreements/price-firm-hooks.ts';
import { toIso } from '../shared/dates.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import type { Source } from '../shared/provenance.ts';
import { enterpriseExists } from './enterprises.repo.ts';
import type { SizeClassReport } from './size-classes.schema.ts';
import { type SizeInputs, sizeClasses } from './size-classes.ts';
import { deleteYearRow, latestYear, listYearRows, upsertYearRow, type YearRow } from './year-data.repo.ts';
import type { EnterpriseYear, EnterpriseYearPut } from './year-data.schema.ts';

const MESSAGES = {
  futureYear: {
    id: 'Tahun {year} belum berjalan; data tahunan hanya untuk tahun yang sudah dimulai.',
    en: 'Year {year} has not started; yearly figures are for years already under way.',
  },
  noRow: {
    id: 'IKM ini tidak punya data tahun {year} dari sumber {source}.',
    en: 'This enterprise has no {year} figures from source {source}.',
  },
};

/** Every yearly row of an enterprise, ordered by year then source; 404 when the enterprise is unknown. */
export async function listEnterpriseYears(db: Db, enterpriseId: string): Promise<EnterpriseYear[]> {
  await assertEnterprise(db, enterpriseId);
  return (await listYearRows(db, enterpriseId)).map(yearRowToYear);
}

/**
 * Stores one source's figures for a year, replacing only that source's row: other sources for the same
 * year stay side by side. Tells whether the row is new.
 */
export async function putEnterpriseYear(
  db: Db,
  enterpriseId: string,
  year: number,
  input: EnterpriseYearPut,
): Promise<{ year: EnterpriseYear; created: boolean }> {
  await assertEnterprise(db, enterpriseId);
  if (year > Number(todayWib().slice(0, 4))) {
    const message = tr(MESSAGES.futureYear, { year });
    throw errors.unprocessable(message, [{ path: 'params.year', message }]);
  }
  // The price agreements the firm consented to are re-judged in the same transaction as its figures.
  const { row, inserted } = await inTransaction(db, async (trx) => {
    const written = await upsertYearRow(
      trx,
      { enterpriseId, year, source: input.source },
      {
        vintage: input.vintage,
        definition: input.definition ?? null,
        source_ref: input.sourceRef ?? null,
        workers_male: input.workersMale ?? null,
        workers_female: input.workersFemale ?? null,
        investment_excl_land_building: input.investmentExclLandBuilding ?? null,
        investment_land_building: input.investmentLandBuilding ?? null,
        business_capital: input.businessCapital ?? null,
        annual_sales: input.annualSales ?? null,
        production_qty: input.productionQty ?? null,
        production_unit: input.productionUnit ?? null,
        production_value: input.productionValue ?? null,
        raw_aux_material_value: input.rawAuxMaterialValue ?? null,
        production_capacity: input.productionCapacity ?? null,
        installed_capacity: input.installedCapacity ?? null,
      },
    );
    await onFirmFiguresChanged(trx, enterpriseId);
    return written;
  });
  return { year: yearRowToYear(row), created: inserted };
}

/** Removes one source's row for a year; 404 when there is none. */
export async function deleteEnterpriseYear(
  db: Db,
  enterpriseId: string,
  year: number,
  source: Source,
): Promise<void> {
  await assertEnterprise(db, enterpriseId);
  await inTransaction(db, async (trx) => {
    if (!(await deleteYearRow(trx, enterpriseId, year, source))) {
      throw new AppError('not_found', tr(MESSAGES.noRow, { year, source }));
    }
    await onFirmFiguresChanged(trx, enterpriseId);
  });
}

/** Size classes under every applicable regime, one report per source, for `year` or the latest year. */
export async function getSizeClasses(
  db: Db,
  enterpriseId: string,
  year?: number,
): Promise<SizeClassReport[]> {
  await assertEnterprise(db, enterpriseId);
  const chosen = year ?? (await latestYear(db, enterpriseId));
  if (chosen === undefined) return [];
  return (await listYearRows(db, enterpriseId, chosen)).map(sizeClassReport);
}

/** Derives the size classes of one stored row. */
export function sizeClassReport(row: YearRow): SizeClassReport {
  return {
    year: row.year,
    source: row.source as Source,
    vintage: row.vintage,
    classes: sizeClasses(sizeInputsOf(row)),
  };
}

/** The figures a size class is decided by, from a stored yearly row (or a query with the same columns). */
export function sizeInputsOf(
  row: Pick<
    YearRow,
    | 'year'
    | 'workers_male'
    | 'workers_female'
    | 'investment_excl_land_building'
    | 'business_capital'
    | 'annual_sales'
  >,
): SizeInputs {
  return {
    year: row.year,
    workersMale: row.workers_male,
    workersFemale: row.workers_female,
    investmentExclLandBuilding: row.investment_excl_land_building,
    businessCapital: row.business_capital,
    annualSales: row.annual_sales,
  };
}

/** Turns a stored row into the API's yearly figures. */
export function yearRowToYear(row: YearRow): EnterpriseYear {
  return {
    year: row.year,
    source: row.source as Source,
    vintage: row.vintage,
    definition: row.definition,
    sourceRef: row.source_ref,
    workersMale: row.workers_male,
    workersFemale: row.workers_female,
    investmentExclLandBuilding: row.investment_excl_land_building,
    investmentLandBuilding: row.investment_land_building,
    businessCapital: row.business_capital,
    annualSales: row.annual_sales,
    productionQty: row.production_qty,
    productionUnit: row.production_unit,
    productionValue: row.production_value,
    rawAuxMaterialValue: row.raw_aux_material_value,
    productionCapacity: row.production_capacity,
    installedCapacity: row.installed_capacity,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

async function assertEnterprise(db: Db, id: string): Promise<void> {
  if (!isUuid(id) || !(await enterpriseExists(db, id))) throw errors.notFound('enterprise', id);
}
