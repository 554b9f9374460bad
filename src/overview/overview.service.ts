import type { Db } from '../db/database.ts';
import { industryClassValue } from '../enterprises/size-classes.ts';
import { sizeInputsOf } from '../enterprises/year-data.service.ts';
import { childCodeLength, childCodeOf } from '../regions/region-codes.ts';
import { findRegion, findRegions } from '../regions/regions.repo.ts';
import type { Region } from '../regions/regions.schema.ts';
import { regionRowToRegion } from '../regions/regions.service.ts';
import { errors } from '../shared/errors.ts';
import { todayWib } from '../shared/periods.ts';
import {
  type CenterRollupRow,
  type CenterRow,
  listCenterRollupsIn,
  listCentersById,
  listCentersIn,
  listMemberFigures,
  type MemberFiguresRow,
  sumRollupsByChild,
} from './overview.repo.ts';
import type {
  Overview,
  OverviewCenter,
  OverviewFigures,
  OverviewQuery,
  SizeCounts,
} from './overview.schema.ts';

const emptyFigures = (): OverviewFigures => ({
  centers: 0,
  units: 0,
  workers: 0,
  productionValue: 0,
  sizeClasses: { IK: 0, IM: 0, IB: 0, unknown: 0 },
});

/** The Permenperin 64/2016 class (the Ministry's IK/IM/IB) of one member's latest figures. */
function industryClass(row: MemberFiguresRow): keyof SizeCounts {
  if (row.year === null) return 'unknown';
  // Only the Ministry's regime, and without its worded rule: formatting the rule's numbers for every member
  // was 10 s of the request at a tenth of the country.
  return industryClassValue(sizeInputsOf({ ...row, year: row.year })) ?? 'unknown';
}

function addMember(into: OverviewFigures, row: MemberFiguresRow, sizeClass: keyof SizeCounts): void {
  into.units += 1;
  into.workers += (row.workers_male ?? 0) + (row.workers_female ?? 0);
  into.productionValue += row.production_value ?? 0;
  into.sizeClasses[sizeClass] += 1;
}

/** Adds the figures of `centers` centres (one by default) to `into`. */
function addFigures(into: OverviewFigures, from: Omit<OverviewFigures, 'centers'>, centers = 1): void {
  into.centers += centers;
  into.units += from.units;
  into.workers += from.workers;
  into.productionValue += from.productionValue;
  for (const key of Object.keys(from.sizeClasses) as (keyof SizeCounts)[])
    into.sizeClasses[key] += from.sizeClasses[key];
}

function centerPart(center: CenterRow) {
  return {
    id: center.id,
    name: center.name,
    mainProduct: center.main_product,
    status: center.status as OverviewCenter['status'],
    latitude: center.latitude,
    longitude: center.longitude,
    regionCode: center.region_code,
  };
}

/** A centre's figures computed live from its members' rows (the path the rollup stands in for). */
function centerFigures(center: CenterRow, members: MemberFiguresRow[]): OverviewCenter {
  const figures = emptyFigures();
  let year: number | null = null;
  for (const row of members) {
    addMember(figures, row, industryClass(row));
    if (row.year !== null && (year === null || row.year > year)) year = row.year;
  }
  const { centers: _, ...rest } = figures;
  return { ...rest, ...centerPart(center), year };
}

/** A centre's figures from its stored rollup, or null when the rollup is not right today. */
function rolledUp(row: CenterRollupRow): OverviewCenter | null {
  if (row.units === null) return null;
  return {
    units: row.units,
    workers: row.workers ?? 0,
    productionValue: row.production_value ?? 0,
    sizeClasses: {
      IK: row.class_ik ?? 0,
      IM: row.class_im ?? 0,
      IB: row.class_ib ?? 0,
      unknown: row.class_unknown ?? 0,
    },
    ...centerPart(row),
    year: row.latest_year,
  };
}

/** Figures of `rows` computed live from their members on `onDate`. */
async function liveFigures(db: Db, rows: CenterRow[], onDate: string): Promise<OverviewCenter[]> {
  const members = await listMemberFigures(
    db,
    rows.map((c) => c.id),
    onDate,
  );
  const byCenter = new Map<string, MemberFiguresRow[]>();
  // Appended in place: copying the list for each member was quadratic in a centre's size (1,500 firms).
  for (const row of members) {
    const list = byCenter.get(row.center_id);
    if (list) list.push(row);
    else byCenter.set(row.center_id, [row]);
  }
  return rows.map((c) => centerFigures(c, byCenter.get(c.id) ?? []));
}

/** The centres of `rows` with their figures: from the rollups, live for those whose rollup is not right `today`. */
async function withFigures(db: Db, rows: CenterRollupRow[], today: string): Promise<OverviewCenter[]> {
  const stale = rows.filter((r) => r.units === null);
  const live = new Map((await liveFigures(db, stale, today)).map((c) => [c.id, c]));
  return rows.map((r) => rolledUp(r) ?? live.get(r.id) ?? centerFigures(r, []));
}

async function regionsByCode(db: Db, codes: string[]): Promise<Map<string, Region>> {
  if (codes.length === 0) return new Map();
  const rows = await findRegions(db, codes);
  return new Map(rows.map((r) => [r.code, regionRowToRegion(r)]));
}

/** An overview as the service builds it: the answer's parts, and the ids of every centre counted. */
export type OverviewParts = Omit<Overview, 'partnerships' | 'cases'> & { centerIds: string[] };

/**
 * The overview of a region (the country without one): totals, figures per child region and per centre,
 * all from the active members' latest yearly figures, read from the per-centre rollups (migration 0040).
 * `listLimit`: a region with more centres lists none (`centersListed` false) and is summed per child region
 * in the database, one row per child instead of one per centre. `live`: every centre computed from its
 * members instead — the reference the rollup is tested and benchmarked against. 404 for an unknown region
 * code.
 */
export async function getOverview(
  db: Db,
  query: OverviewQuery,
  options: { live?: boolean; listLimit?: number } = {},
): Promise<OverviewParts> {
  const code = query.region;
  const regionRow = code ? await findRegion(db, code) : undefined;
  if (code && !regionRow) throw errors.notFound('region', code);
  const limit = options.listLimit ?? Number.POSITIVE_INFINITY;
  const counted = options.live
    ? tally(code, await liveFigures(db, await listCentersIn(db, code), todayWib()), limit)
    : await fromRollups(db, code, limit);
  const ancestors = code ? code.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')) : [];
  const regions = await regionsByCode(db, [...ancestors, ...counted.children.keys()]);
  const children = [...counted.children].flatMap(([childCode, figures]) => {
    const region = regions.get(childCode);
    return region ? [{ ...figures, code: childCode, name: region.name, level: region.level }] : [];
  });
  children.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return {
    region: regionRow ? regionRowToRegion(regionRow) : null,
    path: ancestors.flatMap((c) => regions.get(c) ?? []),
    totals: counted.totals,
    children,
    centers: counted.centers,
    centersListed: counted.centersListed,
    centerIds: counted.centerIds,
  };
}

/** Totals and figures per child code of a region's centres, listed or not. */
interface Counted {
  totals: OverviewFigures;
  children: Map<string, OverviewFigures>;
  centers: OverviewCenter[];
  centersListed: boolean;
  centerIds: string[];
}

/** Adds `center` to the totals and to its child region's figures. */
function countCenter(into: Counted, center: OverviewCenter, code: string | undefined): void {
  addFigures(into.totals, center);
  const childCode = childCodeOf(center.regionCode, code);
  if (!childCode) return;
  const figures = into.children.get(childCode) ?? emptyFigures();
  addFigures(figures, center);
  into.children.set(childCode, figures);
}

/** Totals and child figures of `centers`, listed when there are at most `limit`. */
function tally(code: string | undefined, centers: OverviewCenter[], limit: number): Counted {
  const counted: Counted = {
    totals: emptyFigures(),
    children: new Map(),
    centers,
    centersListed: centers.length <= limit,
    centerIds: centers.map((c) => c.id),
  };
  for (const center of centers) countCenter(counted, center, code);
  if (!counted.centersListed) counted.centers = [];
  return counted;
}

/**
 * The region's figures from the rollups: its centres one by one when there are at most `limit` (one query
 * for every region a Dinas office looks at), else summed per child region in the database.
 */
async function fromRollups(db: Db, code: string | undefined, limit: number): Promise<Counted> {
  const today = todayWib();
  // One row more than may be listed: a region that has it is summed per child instead.
  const rows = await listCenterRollupsIn(db, code, today, Number.isFinite(limit) ? limit + 1 : undefined);
  if (rows.length > limit) return summedPerChild(db, code, today);
  return tally(code, await withFigures(db, rows, today), limit);
}

/**
 * The figures of a region too large to list, summed per child region in the database from the rollups
 * fresh `today`, with the few centres whose rollup is not fresh computed live.
 */
async function summedPerChild(db: Db, code: string | undefined, today: string): Promise<Counted> {
  const rows = await sumRollupsByChild(db, code, today, childCodeLength(code));
  const centerIds = rows.flatMap((r) => r.ids);
  const counted: Counted = {
    totals: emptyFigures(),
    children: new Map(),
    centers: [],
    centersListed: false,
    centerIds,
  };
  for (const row of rows) {
    const figures: OverviewFigures = {
      centers: row.centers,
      units: row.units,
      workers: row.workers,
      productionValue: row.production_value,
      sizeClasses: { IK: row.class_ik, IM: row.class_im, IB: row.class_ib, unknown: row.class_unknown },
    };
    addFigures(counted.totals, figures, figures.centers);
    if (row.child && row.centers > 0) counted.children.set(row.child, figures);
  }
  const stale = rows.flatMap((r) => r.stale);
  for (const center of await liveFigures(db, await listCentersById(db, stale), today)) {
    countCenter(counted, center, code);
  }
  return counted;
}
