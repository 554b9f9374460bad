import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import { regionMatch } from '../centers/centers.repo.ts';
import type { Db } from '../db/database.ts';
import { insertRecord, updateRecord } from '../db/records.ts';
import { setArchivedAt } from '../db/versioned.ts';
import { memberOn, todayWib } from '../shared/periods.ts';
import type { EnterpriseListQuery } from './enterprises.schema.ts';
import type { EnterprisesTable } from './enterprises.table.ts';

/** An `enterprises` row as stored. */
export type EnterpriseRow = Selectable<EnterprisesTable>;

/** An enterprise row with the owner's name and the region's name beside it. */
export interface EnterpriseRecord {
  row: EnterpriseRow;
  ownerName: string | null;
  regionName: string | null;
}

/** A centre membership with the centre's name. */
export interface MembershipRow {
  center_id: string;
  center_name: string;
  role: string;
  valid_from: string;
  valid_to: string | null;
}

const SORT_COLUMNS = { name: 'name', createdAt: 'created_at', updatedAt: 'updated_at' } as const;

/** Limits on a listing beyond the query's own filters. */
export interface ListLimits {
  /** Only enterprises satisfying this predicate (built for `enterprises.id`); all when undefined. */
  scope?: ScopePredicate;
  /** Names are hidden from the reader: order by id instead, so the order does not betray them. */
  hideNames?: boolean;
}

/** Ids of the enterprises matching the query (within `limits.scope`), in list order, with the total count. */
export async function listEnterpriseIds(
  db: Db,
  query: EnterpriseListQuery,
  limits: ListLimits = {},
): Promise<{ ids: string[]; total: number }> {
  let base = db.selectFrom('enterprises');
  if (limits.scope) base = base.where(limits.scope);
  if (!query.includeArchived) base = base.where('archived_at', 'is', null);
  if (query.legalForm) base = base.where('legal_form', '=', query.legalForm);
  if (query.formality) base = base.where('formality', '=', query.formality);
  if (query.region) base = base.where(regionMatch('region_code', query.region));
  if (query.kbli) {
    base = base.where(
      sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(kbli) k WHERE k->>'code' LIKE ${`${query.kbli}%`})`,
    );
  }
  if (query.q) {
    const pattern = `%${query.q}%`;
    base = base.where(({ or, exists, selectFrom }) =>
      or([
        sql<boolean>`enterprises.name ILIKE ${pattern}`,
        exists(
          selectFrom('people as p')
            .select('p.id')
            .whereRef('p.id', '=', 'enterprises.owner_person_id')
            .where(sql<boolean>`p.full_name ILIKE ${pattern}`),
        ),
      ]),
    );
  }
  if (query.center) {
    const centerId = query.center;
    const today = todayWib();
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('center_memberships as m')
          .select('m.id')
          .whereRef('m.enterprise_id', '=', 'enterprises.id')
          .where('m.center_id', '=', centerId)
          .where(memberOn(today, 'm')),
      ),
    );
  }
  const sortColumn = limits.hideNames && query.sort.field === 'name' ? 'id' : SORT_COLUMNS[query.sort.field];
  const [rows, count] = await Promise.all([
    base
      .select('id')
      .orderBy(sortColumn, query.sort.direction)
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: count.n };
}

/** Full records for the given ids, in the same order. */
export async function findEnterpriseRecords(db: Db, ids: readonly string[]): Promise<EnterpriseRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('enterprises as e')
    .leftJoin('people as p', 'p.id', 'e.owner_person_id')
    .leftJoin('regions as r', 'r.code', 'e.region_code')
    .selectAll('e')
    .select(['p.full_name as owner_name', 'r.name as region_name'])
    .where('e.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const found = byId.get(id);
    if (!found) return [];
    const { owner_name, region_name, ...row } = found;
    return [{ row, ownerName: owner_name, regionName: region_name }];
  });
}

/** Every centre membership of an enterprise, most recent first. */
export async function findMemberships(db: Db, enterpriseId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom('center_memberships as m')
    .innerJoin('centers as c', 'c.id', 'm.center_id')
    .select(['m.center_id', 'c.name as center_name', 'm.role', 'm.valid_from', 'm.valid_to'])
    .where('m.enterprise_id', '=', enterpriseId)
    .orderBy('m.valid_from', 'desc')
    .orderBy('c.name')
    .execute();
}

/** True when the enterprise exists (archived or not). */
export async function enterpriseExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('enterprises').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Inserts an enterprise and returns the new id. */
export function insertEnterprise(db: Db, values: Insertable<EnterprisesTable>): Promise<string> {
  return insertRecord(db, 'enterprises', values);
}

/** Updates the given columns and moves the enterprise to the next version. */
export function updateEnterprise(db: Db, id: string, values: Updateable<EnterprisesTable>): Promise<void> {
  return updateRecord(db, 'enterprises', id, values);
}

/** Sets or clears `archived_at` and moves the enterprise to the next version. */
export function setEnterpriseArchived(db: Db, id: string, archived: boolean): Promise<void> {
  return setArchivedAt(db, 'enterprises', id, archived);
}
