import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
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

/** Ids of the people matching the query, in list order, with the total count. */
export async function listPersonIds(
  db: Db,
  query: PersonListQuery,
): Promise<{ ids: string[]; total: number }> {
  let base = db.selectFrom('people');
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
export async function insertPerson(db: Db, values: Insertable<PeopleTable>): Promise<string> {
  const row = await db.insertInto('people').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the given columns and moves the person to the next version. */
export async function updatePerson(db: Db, id: string, values: Updateable<PeopleTable>): Promise<void> {
  await db
    .updateTable('people')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Sets or clears `archived_at` and moves the person to the next version. */
export async function setPersonArchived(db: Db, id: string, archived: boolean): Promise<void> {
  await db
    .updateTable('people')
    .set({ archived_at: archived ? sql<Date>`now()` : null, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Replaces every affiliation of a person, dropping exact duplicates. */
export async function replaceAffiliations(
  db: Db,
  personId: string,
  affiliations: readonly AffiliationValues[],
): Promise<void> {
  await db.deleteFrom('person_affiliations').where('person_id', '=', personId).execute();
  const unique = [...new Map(affiliations.map((a) => [JSON.stringify(a), a])).values()];
  if (unique.length > 0) {
    await db
      .insertInto('person_affiliations')
      .values(unique.map((a) => ({ ...a, person_id: personId })))
      .execute();
  }
}

/** Adds one affiliation (used when an enterprise records its owner). */
export async function addAffiliation(db: Db, personId: string, values: AffiliationValues): Promise<void> {
  await db
    .insertInto('person_affiliations')
    .values({ ...values, person_id: personId })
    .execute();
}

/** The ids among `ids` that exist in the enterprises or institutions table. */
export async function existingIds(
  db: Db,
  table: 'enterprises' | 'institutions',
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}
