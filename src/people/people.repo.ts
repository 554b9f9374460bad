import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { existingIds as existingRecordIds, insertRecord, replaceLinks, updateRecord } from '../db/records.ts';
import { setArchivedAt } from '../db/versioned.ts';
import type { PersonListQuery } from './people.schema.ts';
import type { PeopleTable, PersonAffiliationsTable } from './people.table.ts';

/** A `people` row as stored. */
export type PersonRow = Selectable<PeopleTable>;
/** An affiliation's columns, without the person it belongs to. */
export type AffiliationValues = Omit<PersonAffiliationsTable, 'person_id'>;

/** An affiliation with the name of the enterprise or institution it points to. */
export interface AffiliationRecord extends AffiliationValues {
  name: string;
}

/** A person row with its affiliations. */
export interface PersonRecord {
  row: PersonRow;
  affiliations: AffiliationRecord[];
}

const SORT_COLUMNS = { fullName: 'full_name', createdAt: 'created_at', updatedAt: 'updated_at' } as const;

/** Limits on a listing beyond the query's own filters. */
export interface ListLimits {
  /** Only people satisfying this predicate (built for `people.id`); everyone when undefined. */
  scope?: ScopePredicate;
  /** Names are hidden from the reader: order by id instead, so the order does not betray them. */
  hideNames?: boolean;
}

/** Ids of the people matching the query (within `limits.scope`), in list order, with the total count. */
export async function listPersonIds(
  db: Db,
  query: PersonListQuery,
  limits: ListLimits = {},
): Promise<{ ids: string[]; total: number }> {
  let base = db.selectFrom('people');
  if (limits.scope) base = base.where(limits.scope);
  if (!query.includeArchived) base = base.where('archived_at', 'is', null);
  if (query.role) base = base.where(sql<boolean>`roles @> ARRAY[${query.role}]::text[]`);
  if (query.q) base = base.where(sql<boolean>`full_name ILIKE ${`%${query.q}%`}`);
  if (query.enterprise) {
    const enterpriseId = query.enterprise;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('person_affiliations as pa')
          .select('pa.person_id')
          .whereRef('pa.person_id', '=', 'people.id')
          .where('pa.enterprise_id', '=', enterpriseId),
      ),
    );
  }
  const sortColumn =
    limits.hideNames && query.sort.field === 'fullName' ? 'id' : SORT_COLUMNS[query.sort.field];
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
export async function findPersonRecords(db: Db, ids: readonly string[]): Promise<PersonRecord[]> {
  if (ids.length === 0) return [];
  const [rows, affiliations] = await Promise.all([
    db.selectFrom('people').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('person_affiliations as pa')
      .leftJoin('enterprises as e', 'e.id', 'pa.enterprise_id')
      .leftJoin('institutions as i', 'i.id', 'pa.institution_id')
      .select(['pa.person_id', 'pa.enterprise_id', 'pa.institution_id', 'pa.role'])
      .select((eb) => eb.fn.coalesce('e.name', 'i.name').as('name'))
      .where('pa.person_id', 'in', ids)
      .orderBy('pa.role')
      .orderBy('name')
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const own = affiliations.filter((a) => a.person_id === id);
    return [{ row, affiliations: own.map(({ person_id, name, ...a }) => ({ ...a, name: name ?? '' })) }];
  });
}

/** Inserts a person and returns the new id. */
export function insertPerson(db: Db, values: Insertable<PeopleTable>): Promise<string> {
  return insertRecord(db, 'people', values);
}

/** Updates the given columns and moves the person to the next version. */
export function updatePerson(db: Db, id: string, values: Updateable<PeopleTable>): Promise<void> {
  return updateRecord(db, 'people', id, values);
}

/** Sets or clears `archived_at` and moves the person to the next version. */
export function setPersonArchived(db: Db, id: string, archived: boolean): Promise<void> {
  return setArchivedAt(db, 'people', id, archived);
}

/** Replaces every affiliation of a person, dropping exact duplicates. */
export function replaceAffiliations(
  db: Db,
  personId: string,
  affiliations: readonly AffiliationValues[],
): Promise<void> {
  return replaceLinks(db, 'person_affiliations', 'person_id', personId, affiliations);
}

/** Adds one affiliation (used when an enterprise records its owner). */
export async function addAffiliation(db: Db, personId: string, values: AffiliationValues): Promise<void> {
  await db
    .insertInto('person_affiliations')
    .values({ ...values, person_id: personId })
    .execute();
}

/** The ids among `ids` that exist in the enterprises or institutions table. */
export function existingIds(
  db: Db,
  table: 'enterprises' | 'institutions',
  ids: readonly string[],
): Promise<Set<string>> {
  return existingRecordIds(db, table, ids);
}

/** True when the person's personal data has been erased (false for an unknown id). */
export async function isErased(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('people').select('erased_at').where('id', '=', id).executeTakeFirst();
  return row?.erased_at != null;
}

/**
 * Which of `ids` (existing rows of `table`) lie outside the scope predicate built for `t.id`; ids that do
 * not exist are not reported, so the caller's own existence check still answers for them.
 */
export async function idsOutsideScope(
  db: Db,
  table: 'enterprises' | 'institutions',
  ids: readonly string[],
  scope: (idColumn: string) => ScopePredicate,
): Promise<string[]> {
  const predicate = scope('t.id');
  if (predicate === undefined || ids.length === 0) return [];
  const result = await sql<{ id: string }>`
    SELECT t.id FROM ${sql.table(table)} t
     WHERE t.id = ANY(${[...new Set(ids)]}::uuid[]) AND NOT coalesce((${predicate}), false)`.execute(db);
  return result.rows.map((r) => r.id);
}
