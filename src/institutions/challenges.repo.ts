import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import type { ChallengeListQuery } from './challenges.schema.ts';
import type { InstitutionChallengesTable } from './institutions.table.ts';

/** A challenge as stored. */
export type ChallengeRow = Selectable<InstitutionChallengesTable>;

const SORT_COLUMNS = { observedOn: 'observed_on', updatedAt: 'updated_at' } as const;

/** One institution's challenges matching the query, with the total count. */
export async function listChallengeRows(
  db: Db,
  institutionId: string,
  query: ChallengeListQuery,
): Promise<{ rows: ChallengeRow[]; total: number }> {
  let base = db.selectFrom('institution_challenges').where('institution_id', '=', institutionId);
  if (query.status) base = base.where('status', '=', query.status);
  if (query.category) base = base.where('category', '=', query.category);
  if (query.severity) base = base.where('severity', '=', query.severity);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(SORT_COLUMNS[query.sort.field], query.sort.direction)
      .orderBy('created_at', query.sort.direction)
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** One challenge, or undefined when there is none with that id. */
export async function findChallengeRow(db: Db, id: string): Promise<ChallengeRow | undefined> {
  return db.selectFrom('institution_challenges').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads a challenge and locks it for the rest of the transaction. */
export async function lockChallengeRow(db: Db, id: string): Promise<ChallengeRow | undefined> {
  return db
    .selectFrom('institution_challenges')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Inserts a challenge and returns it as stored. */
export async function insertChallenge(
  db: Db,
  values: Insertable<InstitutionChallengesTable>,
): Promise<ChallengeRow> {
  return db.insertInto('institution_challenges').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates columns and bumps the version. */
export async function updateChallengeRow(
  db: Db,
  id: string,
  values: Updateable<InstitutionChallengesTable>,
): Promise<ChallengeRow> {
  return db
    .updateTable('institution_challenges')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The institution's archive state, or undefined when it does not exist. */
export async function findInstitutionState(db: Db, id: string): Promise<{ archived: boolean } | undefined> {
  return db
    .selectFrom('institutions')
    .select(sql<boolean>`archived_at IS NOT NULL`.as('archived'))
    .where('id', '=', id)
    .executeTakeFirst();
}
