import { sql } from 'kysely';
import { regionMatch } from '../centers/centers.repo.ts';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';

/** A live centre below a region, with its first region code. */
export interface CenterRow {
  id: string;
  name: string;
  main_product: string;
  status: string;
  latitude: number | null;
  longitude: number | null;
  region_code: string | null;
}

/** An active member enterprise of a centre with the figures of its latest year (one source). */
export interface MemberFiguresRow {
  center_id: string;
  year: number | null;
  workers_male: number | null;
  workers_female: number | null;
  investment_excl_land_building: number | null;
  business_capital: number | null;
  annual_sales: number | null;
  production_value: number | null;
}

/** Unarchived centres in `region` (all when undefined), by name. */
export async function listCentersIn(db: Db, region: string | undefined): Promise<CenterRow[]> {
  let query = db
    .selectFrom('centers')
    .select(['id', 'name', 'main_product', 'status', 'latitude', 'longitude'])
    .select((eb) =>
      eb
        .selectFrom('center_regions as cr')
        .whereRef('cr.center_id', '=', 'centers.id')
        .select((e) => e.fn.min('cr.region_code').as('code'))
        .as('region_code'),
    )
    .where('archived_at', 'is', null);
  if (region) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('center_regions as cr')
          .select('cr.center_id')
          .whereRef('cr.center_id', '=', 'centers.id')
          .where(regionMatch('cr.region_code', region)),
      ),
    );
  }
  return (await query.orderBy('name').orderBy('id').execute()) as CenterRow[];
}

/**
 * Members of `centerIds` on `onDate` (the service passes WIB today), each with its latest year row; where several sources report that
 * year, the one updated last counts (one row per enterprise, so nothing is double-counted).
 */
export async function listMemberFigures(
  db: Db,
  centerIds: readonly string[],
  onDate: string,
): Promise<MemberFiguresRow[]> {
  if (centerIds.length === 0) return [];
  const result = await sql<MemberFiguresRow>`
    SELECT m.center_id, y.year, y.workers_male, y.workers_female, y.investment_excl_land_building,
           y.business_capital, y.annual_sales, y.production_value
    FROM center_memberships m
    JOIN enterprises e ON e.id = m.enterprise_id AND e.archived_at IS NULL
    LEFT JOIN LATERAL (
      SELECT * FROM enterprise_year_data d
      WHERE d.enterprise_id = m.enterprise_id
      ORDER BY d.year DESC, d.updated_at DESC
      LIMIT 1
    ) y ON true
    WHERE m.center_id IN (${sql.join(centerIds)})
      AND ${memberOn(onDate, 'm')}`.execute(db);
  return result.rows;
}

/** A live centre with its stored rollup (migration 0040); the figures are null when the rollup is not right on the day asked. */
export interface CenterRollupRow extends CenterRow {
  units: number | null;
  workers: number | null;
  production_value: number | null;
  class_ik: number | null;
  class_im: number | null;
  class_ib: number | null;
  class_unknown: number | null;
  latest_year: number | null;
}

/** A centre `c`'s first (smallest) region code: the one the overview files it under. */
const FIRST_REGION_CODE = sql<
  string | null
>`(SELECT min(cr.region_code) FROM center_regions cr WHERE cr.center_id = c.id)`;

/** Live centres `c` with a region at or below `region` (every live centre without one). */
const liveIn = (region: string | undefined) =>
  region
    ? sql`c.archived_at IS NULL AND EXISTS (SELECT 1 FROM center_regions cr WHERE cr.center_id = c.id AND ${regionMatch('cr.region_code', region)})`
    : sql`c.archived_at IS NULL`;

/** A rollup `r` whose span of days holds `onDate`. */
const freshOn = (onDate: string) => sql`(r.fresh_from IS NULL OR r.fresh_from <= ${onDate}::date)
    AND (r.fresh_until IS NULL OR ${onDate}::date < r.fresh_until)`;

/**
 * Unarchived centres in `region` (all when undefined), by name, each with its rollup where the rollup's
 * span of days holds `onDate` (a membership began or ended since it was computed: null figures, and the
 * service computes that centre live); the first `limit` of them when given.
 */
export async function listCenterRollupsIn(
  db: Db,
  region: string | undefined,
  onDate: string,
  limit?: number,
): Promise<CenterRollupRow[]> {
  const result = await sql<CenterRollupRow>`
    SELECT c.id, c.name, c.main_product, c.status, c.latitude, c.longitude,
      ${FIRST_REGION_CODE} AS region_code,
      r.units, r.workers, r.production_value, r.class_ik, r.class_im, r.class_ib, r.class_unknown,
      r.latest_year
    FROM centers c
    LEFT JOIN center_rollups r ON r.center_id = c.id AND ${freshOn(onDate)}
    WHERE ${liveIn(region)}
    ORDER BY c.name, c.id
    ${limit === undefined ? sql`` : sql`LIMIT ${limit}`}`.execute(db);
  return result.rows;
}

/** Sums of the fresh rollups of one child region's centres, and the centres there whose rollup is not fresh. */
export interface ChildRollupSumRow {
  /** The child region's code; null for centres whose first region code does not reach the child level. */
  child: string | null;
  centers: number;
  units: number;
  workers: number;
  production_value: number;
  class_ik: number;
  class_im: number;
  class_ib: number;
  class_unknown: number;
  /** Every live centre of the group, fresh or not. */
  ids: string[];
  /** Those whose rollup is not right on the day asked (computed live by the service). */
  stale: string[];
}

/**
 * The rollups of the live centres in `region` (all when undefined) summed per child region (the first
 * `childLength` characters of each centre's first region code) in the database, for a region whose centres
 * are not listed: one row per child instead of one per centre. Centres whose rollup is not fresh on
 * `onDate` are left out of the sums and named in `stale`.
 */
export async function sumRollupsByChild(
  db: Db,
  region: string | undefined,
  onDate: string,
  childLength: number | undefined,
): Promise<ChildRollupSumRow[]> {
  const child = childLength
    ? sql`CASE WHEN length(l.region_code) >= ${childLength}::int THEN left(l.region_code, ${childLength}::int) END`
    : sql`NULL::text`;
  const result = await sql<ChildRollupSumRow>`
    WITH l AS (
      SELECT c.id, ${FIRST_REGION_CODE} AS region_code FROM centers c WHERE ${liveIn(region)}
    )
    SELECT ${child} AS child,
      count(r.center_id)::int AS centers,
      coalesce(sum(r.units), 0)::bigint AS units,
      coalesce(sum(r.workers), 0)::bigint AS workers,
      coalesce(sum(r.production_value), 0)::bigint AS production_value,
      coalesce(sum(r.class_ik), 0)::int AS class_ik,
      coalesce(sum(r.class_im), 0)::int AS class_im,
      coalesce(sum(r.class_ib), 0)::int AS class_ib,
      coalesce(sum(r.class_unknown), 0)::int AS class_unknown,
      array_agg(l.id) AS ids,
      coalesce(array_agg(l.id) FILTER (WHERE r.center_id IS NULL), '{}') AS stale
    FROM l
    LEFT JOIN center_rollups r ON r.center_id = l.id AND ${freshOn(onDate)}
    GROUP BY 1`.execute(db);
  return result.rows;
}

/** The live centres `ids`, each with its first region code (the stale ones of `sumRollupsByChild`). */
export async function listCentersById(db: Db, ids: readonly string[]): Promise<CenterRow[]> {
  if (ids.length === 0) return [];
  const result = await sql<CenterRow>`
    SELECT c.id, c.name, c.main_product, c.status, c.latitude, c.longitude, ${FIRST_REGION_CODE} AS region_code
    FROM centers c
    WHERE c.id = ANY(${ids}::uuid[])
    ORDER BY c.name, c.id`.execute(db);
  return result.rows;
}
