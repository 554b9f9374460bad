import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { EnterpriseYearDataTable } from './enterprises.table.ts';

/** An `enterprise_year_data` row as stored. */
export type YearRow = Selectable<EnterpriseYearDataTable>;
/** A row's provenance and figures, without its key and timestamps. */
export type YearValues = Omit<
  Insertable<EnterpriseYearDataTable>,
  'enterprise_id' | 'year' | 'source' | 'created_at' | 'updated_at'
>;

/** Every row of an enterprise (or of one year), ordered by year then source. */
export async function listYearRows(db: Db, enterpriseId: string, year?: number): Promise<YearRow[]> {
  let query = db.selectFrom('enterprise_year_data').selectAll().where('enterprise_id', '=', enterpriseId);
  if (year !== undefined) query = query.where('year', '=', year);
  return query.orderBy('year').orderBy('source').execute();
}

/** The most recent year with data, or undefined when the enterprise has none. */
export async function latestYear(db: Db, enterpriseId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('enterprise_year_data')
    .select((eb) => eb.fn.max('year').as('year'))
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return row?.year ?? undefined;
}

/** Inserts or replaces the row keyed by (enterprise, year, source); tells whether it was new. */
export async function upsertYearRow(
  db: Db,
  key: { enterpriseId: string; year: number; source: string },
  values: YearValues,
): Promise<{ row: YearRow; inserted: boolean }> {
  const { inserted, ...row } = await db
    .insertInto('enterprise_year_data')
    .values({ enterprise_id: key.enterpriseId, year: key.year, source: key.source, ...values })
    .onConflict((oc) =>
      oc.columns(['enterprise_id', 'year', 'source']).doUpdateSet({ ...values, updated_at: sql`now()` }),
    )
    .returningAll()
    // xmax is 0 only on a freshly inserted tuple, the usual PostgreSQL way to tell insert from update.
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirstOrThrow();
  return { row, inserted };
}

/** Deletes one source's row for a year; false when there was none. */
export async function deleteYearRow(
  db: Db,
  enterpriseId: string,
  year: number,
  source: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('enterprise_year_data')
    .where('enterprise_id', '=', enterpriseId)
    .where('year', '=', year)
    .where('source', '=', source)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
