import type { Db } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import type { Page } from '../shared/pagination.ts';
import { findRegion, findRegions, listRegions, type RegionRow } from './regions.repo.ts';
import type { Region, RegionListQuery } from './regions.schema.ts';

/** Turns a database row into the API shape. */
export function regionRowToRegion(row: RegionRow): Region {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    provinceCode: row.province_code,
  };
}

export async function searchRegions(db: Db, query: RegionListQuery): Promise<Page<Region>> {
  const { rows, total } = await listRegions(db, query);
  return { items: rows.map(regionRowToRegion), total, limit: query.limit, offset: query.offset };
}

export async function getRegion(db: Db, code: string): Promise<Region> {
  const row = await findRegion(db, code);
  if (!row) throw errors.notFound('region', code);
  return regionRowToRegion(row);
}

/** Official names of the given regions by code (unknown codes are left out), for lists that show codes. */
export async function regionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await findRegions(db, [...new Set(codes)]);
  return new Map(rows.map((row) => [row.code, row.name]));
}
