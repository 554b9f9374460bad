import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { KbliEntry } from '../shared/kbli.ts';
import { memberOn } from '../shared/periods.ts';
import type { InterventionType } from './interventions.constants.ts';

/** Whether centre `id` exists. */
export async function centerExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('centers').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** What the comparison looks at: product group, KBLI codes and provinces (first two digits of regions). */
export interface CenterProfileRow {
  id: string;
  name: string;
  commodity_group: string;
  kbli: KbliEntry[];
  provinces: string[];
}

const profile = (db: Db) =>
  db
    .selectFrom('centers as c')
    .select(['c.id', 'c.name', 'c.commodity_group', 'c.kbli'])
    .select(
      sql<
        string[]
      >`ARRAY(SELECT DISTINCT left(cr.region_code, 2) FROM center_regions cr WHERE cr.center_id = c.id ORDER BY 1)`.as(
        'provinces',
      ),
    );

/** The profile of centre `id`. */
export async function centerProfile(db: Db, id: string): Promise<CenterProfileRow | undefined> {
  return profile(db).where('c.id', '=', id).executeTakeFirst();
}

/**
 * Unarchived centres other than `centerId` with the same product group and a region in one of
 * `provinces`, that had no intervention of `type` overlapping `from`–`to`; by name.
 */
export async function comparableCenters(
  db: Db,
  centerId: string,
  commodityGroup: string,
  provinces: readonly string[],
  type: InterventionType,
  from: string,
  to: string,
): Promise<CenterProfileRow[]> {
  if (provinces.length === 0) return [];
  return profile(db)
    .where('c.id', '!=', centerId)
    .where('c.archived_at', 'is', null)
    .where('c.commodity_group', '=', commodityGroup)
    .where(
      sql<boolean>`EXISTS (SELECT 1 FROM center_regions cr WHERE cr.center_id = c.id AND left(cr.region_code, 2) = ANY(${[...provinces]}::text[]))`,
    )
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM interventions v WHERE v.center_id = c.id AND v.type = ${type}
        AND v.start_date <= ${to}::date AND coalesce(v.end_date, v.start_date) >= ${from}::date)`,
    )
    .orderBy('c.name')
    .execute();
}

/** The centre's other interventions overlapping `from`–`to`, by start. */
export async function otherInterventionRows(
  db: Db,
  centerId: string,
  exceptId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('interventions')
    .select(['id', 'title', 'type', 'start_date', 'end_date'])
    .where('center_id', '=', centerId)
    .where('id', '!=', exceptId)
    .where(sql<boolean>`start_date <= ${to}::date AND coalesce(end_date, start_date) >= ${from}::date`)
    .orderBy('start_date')
    .execute();
}

/** A centre's standard figures in one year, summed over its members' yearly data. */
export interface YearFiguresRow {
  center_id: string;
  year: number;
  firms: number;
  /** Members with a yearly row for that year. */
  reporting: number;
  workers: number | null;
  production_value: number | null;
  investment: number | null;
  value_added: number | null;
}

/**
 * For each of `centerIds` and `years`: the members on 31 December (end day included) and the sums of
 * their yearly data for that year (one row per firm: the source updated last), as the overview does.
 */
export async function yearFigures(
  db: Db,
  centerIds: readonly string[],
  years: readonly number[],
): Promise<YearFiguresRow[]> {
  if (centerIds.length === 0) return [];
  const result = await sql<YearFiguresRow>`
    WITH m AS (
      SELECT DISTINCT cm.center_id, y.year, cm.enterprise_id
      FROM unnest(${[...years]}::int[]) AS y(year)
      JOIN center_memberships cm ON cm.center_id = ANY(${[...centerIds]}::uuid[])
        AND ${memberOn(sql`make_date(y.year, 12, 31)`, 'cm')}
    )
    SELECT m.center_id, m.year, count(*)::int AS firms, count(d.enterprise_id)::int AS reporting,
      sum(coalesce(d.workers_male, 0) + coalesce(d.workers_female, 0))
        FILTER (WHERE d.workers_male IS NOT NULL OR d.workers_female IS NOT NULL)::float8 AS workers,
      sum(d.production_value)::float8 AS production_value,
      sum(d.investment_excl_land_building)::float8 AS investment,
      sum(d.production_value - d.raw_aux_material_value)::float8 AS value_added
    FROM m
    LEFT JOIN LATERAL (
      SELECT * FROM enterprise_year_data x WHERE x.enterprise_id = m.enterprise_id AND x.year = m.year
      ORDER BY x.updated_at DESC LIMIT 1
    ) d ON true
    GROUP BY m.center_id, m.year`.execute(db);
  return result.rows;
}

/** A centre-level figure (units, workers, production value, investment) of one year, latest vintage. */
export async function centerFigureRows(db: Db, centerIds: readonly string[], years: readonly number[]) {
  if (centerIds.length === 0) return [];
  return db
    .selectFrom('center_figures')
    .select(['center_id', 'year', 'indicator', 'value'])
    .where('center_id', 'in', [...centerIds])
    .where('year', 'in', [...years])
    .where('indicator', 'in', ['units', 'workers', 'production_value', 'investment'])
    .orderBy('vintage', 'desc')
    .execute();
}

/** The names of region codes (provinces, here), by code. */
export async function regionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
