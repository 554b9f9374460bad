import type { Db } from '../db/database.ts';
import type { EnterpriseYear, EnterpriseYearPut } from '../enterprises/year-data.schema.ts';
import { listEnterpriseYears } from '../enterprises/year-data.service.ts';

/** The yearly figures a field form may send (every figure of the row but the provenance). */
const FIGURE_KEYS = [
  'workersMale',
  'workersFemale',
  'investmentExclLandBuilding',
  'investmentLandBuilding',
  'businessCapital',
  'annualSales',
  'productionQty',
  'productionUnit',
  'productionValue',
  'rawAuxMaterialValue',
  'productionCapacity',
  'installedCapacity',
] as const satisfies readonly (keyof EnterpriseYear & keyof EnterpriseYearPut)[];

/**
 * A field `yearData.upsert` as a whole row: the figures the collector typed over the stored row of the
 * same year and source, so a figure left out on the phone keeps its value (an explicit `null` empties it).
 * A phone never holds the server's row, so a whole-row replacement would wipe what it did not ask about.
 */
export async function mergeStoredFigures(
  db: Db,
  enterpriseId: string,
  year: number,
  figures: EnterpriseYearPut,
): Promise<EnterpriseYearPut> {
  const stored = (await listEnterpriseYears(db, enterpriseId)).find(
    (row) => row.year === year && row.source === figures.source,
  );
  if (!stored) return figures;
  const merged: EnterpriseYearPut = { ...figures };
  for (const key of FIGURE_KEYS) {
    if (figures[key] === undefined) Object.assign(merged, { [key]: stored[key] });
  }
  merged.definition = figures.definition === undefined ? stored.definition : figures.definition;
  merged.sourceRef = figures.sourceRef === undefined ? stored.sourceRef : figures.sourceRef;
  return merged;
}
