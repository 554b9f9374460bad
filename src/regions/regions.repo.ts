import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { RegionListQuery } from './regions.schema.ts';
import type { RegionsTable } from './regions.table.ts';

export type RegionRow = RegionsTable;

/** Regions matching the query, ordered by code, with the total count. */
export async function listRegions(
  db: Db,
  query: RegionListQuery,
): Promise<{ rows: RegionRow[]; total: number }> {
  let base = db.selectFrom('regions');
  if (query.parent) base = base.where('parent_code', '=', query.parent);
  if (query.codes) base = base.where('code', 'in', query.codes);
  if (query.level) base = base.where('level', '=', query.level);
  if (query.q) base = base.where(sql<boolean>`lower(name) LIKE ${`%${query.q.toLowerCase()}%`}`);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('code').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function findRegion(db: Db, code: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The regions with the given codes (unknown codes are left out). */
export async function findRegions(db: Db, codes: readonly string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('regions').selectAll().where('code', 'in', codes).execute();
}

/** The codes among `codes` that exist. */
export async function existingRegionCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('regions')
    .select('code')
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Set(rows.map((r) => r.code));
}

export async function countRegions(db: Db): Promise<number> {
  const row = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Bulk insert through `unnest`, a few thousand rows per statement. */
export async function insertRegions(db: Db, rows: readonly RegionRow[]): Promise<void> {
  const chunk = 5000;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const col = <K extends keyof RegionRow>(key: K) => part.map((r) => r[key]);
    await sql`
      INSERT INTO regions (code, code_system, name, level, parent_code, province_code)
      SELECT * FROM unnest(${col('code')}::text[], ${col('code_system')}::text[], ${col('name')}::text[],
                           ${col('level')}::text[], ${col('parent_code')}::text[], ${col('province_code')}::text[])
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level`.execute(db);
  }
}
