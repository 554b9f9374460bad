import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import type { CaseListQuery } from './cases.schema.ts';
import type { ConflictCasesTable } from './cases.table.ts';

/** A case as stored, with its centre's name. */
export type CaseRow = Selectable<ConflictCasesTable> & { center_name: string };

function casesWithNames(db: Db) {
  return db
    .selectFrom('conflict_cases as k')
    .innerJoin('centers as c', 'c.id', 'k.center_id')
    .selectAll('k')
    .select('c.name as center_name');
}

/** Cases matching the filters within the reader's `scope` (a predicate on alias `k`), newest first. */
export async function listCaseRows(
  db: Db,
  query: CaseListQuery,
  scope: ScopePredicate,
): Promise<{ rows: CaseRow[]; total: number }> {
  let base = casesWithNames(db);
  if (scope) base = base.where(scope);
  if (query.centerId) base = base.where('k.center_id', '=', query.centerId);
  if (query.status) base = base.where('k.status', '=', query.status);
  const [rows, count] = await Promise.all([
    base.orderBy('k.created_at', 'desc').orderBy('k.id').limit(query.limit).offset(query.offset).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One case with its centre's name, or undefined. */
export async function findCaseRow(db: Db, id: string): Promise<CaseRow | undefined> {
  return casesWithNames(db).where('k.id', '=', id).executeTakeFirst();
}

/** The case whose follow-up code hashes to `hash`, or undefined. */
export async function findCaseByCodeHash(db: Db, hash: string): Promise<CaseRow | undefined> {
  return casesWithNames(db).where('k.follow_up_hash', '=', hash).executeTakeFirst();
}

/** Whether case `id` exists and whether the `scope` predicate (alias `k`) lets the reader see it. */
export async function caseInScope(
  db: Db,
  id: string,
  scope: ScopePredicate,
): Promise<{ centerId: string; visible: boolean } | undefined> {
  const row = await db
    .selectFrom('conflict_cases as k')
    .select(['k.center_id', sql<boolean>`${scope ?? sql`true`}`.as('visible')])
    .where('k.id', '=', id)
    .executeTakeFirst();
  return row && { centerId: row.center_id, visible: row.visible };
}

/** Reads a case and locks it for the rest of the transaction. */
export async function lockCaseRow(db: Db, id: string): Promise<Selectable<ConflictCasesTable> | undefined> {
  return db.selectFrom('conflict_cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Inserts a case; returns its id. */
export async function insertCase(db: Db, values: Insertable<ConflictCasesTable>): Promise<string> {
  return (await db.insertInto('conflict_cases').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates columns and bumps the version. */
export async function updateCaseRow(
  db: Db,
  id: string,
  values: Updateable<ConflictCasesTable>,
): Promise<void> {
  await db
    .updateTable('conflict_cases')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Writes one `read` entry for case `id` to the audit trail, attributed to the connection's actor. */
export async function recordCaseRead(db: Db, id: string, details: Record<string, unknown>): Promise<void> {
  await sql`SELECT audit_read('conflict_cases', ${id}, ${JSON.stringify(details)}::jsonb)`.execute(db);
}

/** Whether the centre exists. */
export async function centerExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('centers').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
