import type { Db } from '../db/database.ts';
import { type EnterpriseYearPut, EnterpriseYearPutSchema } from '../enterprises/year-data.schema.ts';
import { listEnterpriseYears } from '../enterprises/year-data.service.ts';

/** What a stored row may fill in: every field of the PUT body but the row's key (source) and the round. */
const FILLABLE = Object.keys(EnterpriseYearPutSchema.shape).filter(
  (key) => key !== 'source' && key !== 'vintage',
) as (keyof EnterpriseYearPut)[];

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
  for (const key of FILLABLE) {
    if (figures[key] === undefined) Object.assign(merged, { [key]: stored[key] });
  }
  return merged;
}
