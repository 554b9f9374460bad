import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { insertRecord, replaceLinks, updateRecord } from '../db/records.ts';
import { setArchivedAt } from '../db/versioned.ts';
import { memberOn, todayWib } from '../shared/periods.ts';
import type { CenterListQuery } from './centers.schema.ts';
import type { CenterFiguresTable, CentersTable } from './centers.table.ts';

export type CenterRow = Selectable<CentersTable>;
/** A figure as stored, without its owner and bookkeeping columns. */
export type CenterFigureRow = Omit<Selectable<CenterFiguresTable>, 'center_id' | 'id' | 'created_at'>;

/** A centre row with what the API shows beside it. */
export interface CenterRecord {
  row: CenterRow;
  regionCodes: string[];
  figures: CenterFigureRow[];
  activeMemberCount: number;
}

const SORT_COLUMNS = {
  name: 'name',
  status: 'status',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const;

/** Matches a region code or anything below it (`32.73` matches `32.73.01.1001`). */
export function regionMatch(column: string, code: string) {
  return sql<boolean>`(${sql.ref(column)} = ${code} OR ${sql.ref(column)} LIKE ${`${code}.%`})`;
}

export async function listCenterIds(
  db: Db,
  query: CenterListQuery,
  scope?: ScopePredicate,
): Promise<{ ids: string[]; total: number }> {
  let base = db.selectFrom('centers');
  if (scope) base = base.where(scope);
  if (!query.includeArchived) base = base.where('archived_at', 'is', null);
  if (query.status) base = base.where('status', '=', query.status);
  if (query.commodityGroup) base = base.where('commodity_group', '=', query.commodityGroup);
  if (query.q) base = base.where(sql<boolean>`name ILIKE ${`%${query.q}%`}`);
  if (query.kbli) {
    base = base.where(
      sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(kbli) k WHERE k->>'code' LIKE ${`${query.kbli}%`})`,
    );
  }
  if (query.region) {
    const region = query.region;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('center_regions as cr')
          .select('cr.center_id')
          .whereRef('cr.center_id', '=', 'centers.id')
          .where(regionMatch('cr.region_code', region)),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select('id')
      .orderBy(SORT_COLUMNS[query.sort.field], query.sort.direction)
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: count.n };
}

/** Full records for the given ids, in the same order. */
export async function findCenterRecords(
  db: Db,
  ids: readonly string[],
  onDate?: string,
): Promise<CenterRecord[]> {
  if (ids.length === 0) return [];
  const date = onDate ?? todayWib();
  const [rows, regions, figures, members] = await Promise.all([
    db.selectFrom('centers').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('center_regions')
      .selectAll()
      .where('center_id', 'in', ids)
      .orderBy('region_code')
      .execute(),
    db
      .selectFrom('center_figures')
      .selectAll()
      .where('center_id', 'in', ids)
      .orderBy('indicator')
      .orderBy('year')
      .orderBy('source')
      .execute(),
    db
      .selectFrom('center_memberships')
      .select(['center_id', (eb) => eb.fn.count<number>('enterprise_id').distinct().as('n')])
      .where('center_id', 'in', ids)
      .where(memberOn(date))
      .groupBy('center_id')
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        row,
        regionCodes: regions.filter((r) => r.center_id === id).map((r) => r.region_code),
        figures: figures.filter((f) => f.center_id === id).map(({ center_id, id: _, created_at, ...f }) => f),
        activeMemberCount: members.find((m) => m.center_id === id)?.n ?? 0,
      },
    ];
  });
}

export function insertCenter(db: Db, values: Insertable<CentersTable>): Promise<string> {
  return insertRecord(db, 'centers', values);
}

export function updateCenter(db: Db, id: string, values: Updateable<CentersTable>): Promise<void> {
  return updateRecord(db, 'centers', id, values);
}

export function setArchived(db: Db, id: string, archived: boolean): Promise<void> {
  return setArchivedAt(db, 'centers', id, archived);
}

export function replaceCenterRegions(db: Db, centerId: string, codes: readonly string[]): Promise<void> {
  return replaceLinks(
    db,
    'center_regions',
    'center_id',
    centerId,
    codes.map((code) => ({ region_code: code })),
  );
}

export function replaceCenterFigures(
  db: Db,
  centerId: string,
  figures: readonly CenterFigureRow[],
): Promise<void> {
  return replaceLinks(db, 'center_figures', 'center_id', centerId, figures);
}

export async function countCenters(db: Db): Promise<number> {
  const row = await db
    .selectFrom('centers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The region codes of a centre, or undefined when there is no such centre (for policy checks). */
export async function findCenterRegionCodes(db: Db, id: string): Promise<string[] | undefined> {
  const rows = await db
    .selectFrom('centers')
    .leftJoin('center_regions', 'center_regions.center_id', 'centers.id')
    .select('center_regions.region_code')
    .where('centers.id', '=', id)
    .execute();
  if (rows.length === 0) return undefined;
  return rows.flatMap((r) => (r.region_code ? [r.region_code] : []));
}
