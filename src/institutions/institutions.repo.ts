import { type Insertable, type RawBuilder, type Selectable, sql, type Updateable } from 'kysely';
import { regionMatch } from '../centers/centers.repo.ts';
import type { Db } from '../db/database.ts';
import { existingIds, insertRecord, replaceLinks, updateRecord } from '../db/records.ts';
import { setArchivedAt } from '../db/versioned.ts';
import { memberOn } from '../shared/periods.ts';
import type { InstitutionListQuery } from './institutions.schema.ts';
import type { InstitutionsTable } from './institutions.table.ts';

/** An institution as stored. */
export type InstitutionRow = Selectable<InstitutionsTable>;

/** An institution row with what the API shows beside it. */
export interface InstitutionRecord {
  row: InstitutionRow;
  centerIds: string[];
  activeMemberCount: number;
  openChallengeCount: number;
}

const SORT_COLUMNS = {
  name: 'name',
  type: 'type',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const;

/** Ids of the institutions matching the query, in list order, with the total count. */
export async function listInstitutionIds(
  db: Db,
  query: InstitutionListQuery,
): Promise<{ ids: string[]; total: number }> {
  let base = db.selectFrom('institutions');
  if (!query.includeArchived) base = base.where('archived_at', 'is', null);
  if (query.type) base = base.where('type', '=', query.type);
  if (query.service) base = base.where(sql<boolean>`${query.service} = ANY(services)`);
  if (query.q) base = base.where(sql<boolean>`name ILIKE ${`%${query.q}%`}`);
  if (query.region) base = base.where(regionMatch('region_code', query.region));
  if (query.center) {
    const center = query.center;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('institution_centers as ic')
          .select('ic.institution_id')
          .whereRef('ic.institution_id', '=', 'institutions.id')
          .where('ic.center_id', '=', center),
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

/** Full records for the given ids, in the same order; members are counted as of `onDate`. */
export async function findInstitutionRecords(
  db: Db,
  ids: readonly string[],
  onDate: string,
): Promise<InstitutionRecord[]> {
  if (ids.length === 0) return [];
  const [rows, centers, members, challenges] = await Promise.all([
    db.selectFrom('institutions').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('institution_centers')
      .selectAll()
      .where('institution_id', 'in', ids)
      .orderBy('center_id')
      .execute(),
    db
      .selectFrom('institution_memberships')
      .select(['institution_id', (eb) => eb.fn.count<number>('enterprise_id').distinct().as('n')])
      .where('institution_id', 'in', ids)
      .where(memberOn(onDate))
      .groupBy('institution_id')
      .execute(),
    db
      .selectFrom('institution_challenges')
      .select(['institution_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('institution_id', 'in', ids)
      .where('status', '<>', 'resolved')
      .groupBy('institution_id')
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        row,
        centerIds: centers.filter((c) => c.institution_id === id).map((c) => c.center_id),
        activeMemberCount: members.find((m) => m.institution_id === id)?.n ?? 0,
        openChallengeCount: challenges.find((c) => c.institution_id === id)?.n ?? 0,
      },
    ];
  });
}

/** Inserts an institution and returns its id. */
export function insertInstitution(db: Db, values: Insertable<InstitutionsTable>): Promise<string> {
  return insertRecord(db, 'institutions', values);
}

/** Updates columns and bumps the version. */
export function updateInstitutionRow(
  db: Db,
  id: string,
  values: Updateable<InstitutionsTable>,
): Promise<void> {
  return updateRecord(db, 'institutions', id, values);
}

/** Sets or clears the archive time and bumps the version. */
export function setInstitutionArchived(db: Db, id: string, archived: boolean): Promise<void> {
  return setArchivedAt(db, 'institutions', id, archived);
}

/** Replaces the set of centres an institution serves. */
export function replaceInstitutionCenters(
  db: Db,
  institutionId: string,
  centerIds: readonly string[],
): Promise<void> {
  const rows = centerIds.map((centerId) => ({ center_id: centerId }));
  return replaceLinks(db, 'institution_centers', 'institution_id', institutionId, rows);
}

/** The ids among `ids` that name an existing centre (archived or not). */
export function existingCenterIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  return existingIds(db, 'centers', ids);
}

/** Where an institution sits and which centres it serves, or undefined when it does not exist. */
export async function findInstitutionPlacement(
  db: Db,
  id: string,
): Promise<{ regionCode: string | null; centerIds: string[] } | undefined> {
  const row = await db
    .selectFrom('institutions')
    .select('region_code')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const centers = await db
    .selectFrom('institution_centers')
    .select('center_id')
    .where('institution_id', '=', id)
    .execute();
  return { regionCode: row.region_code, centerIds: centers.map((c) => c.center_id) };
}

/** The ids among `ids` that name an existing centre failing `scope` (a predicate on `c.id`). */
export async function centersOutsideScope(
  db: Db,
  ids: readonly string[],
  scope: RawBuilder<boolean>,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('centers as c')
    .select('c.id')
    .where('c.id', 'in', [...new Set(ids)])
    .where(sql<boolean>`NOT (${scope})`)
    .execute();
  return rows.map((r) => r.id);
}
