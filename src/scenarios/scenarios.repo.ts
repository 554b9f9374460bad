import type { Db } from '../db/database.ts';
import type { ScenarioCreate } from './scenarios.schema.ts';

const COLUMNS = [
  's.id',
  's.center_id',
  's.name',
  's.edits',
  's.created_by',
  's.created_at',
  'u.display_name as author_name',
] as const;

/** Stores a scenario; answers its id. */
export async function insertScenario(
  db: Db,
  centerId: string,
  input: ScenarioCreate,
  userId: string | null,
): Promise<string> {
  const row = await db
    .insertInto('what_if_scenarios')
    .values({ center_id: centerId, name: input.name, edits: JSON.stringify(input.edits), created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One scenario with its author's name. */
export function scenarioRow(db: Db, id: string) {
  return db
    .selectFrom('what_if_scenarios as s')
    .leftJoin('users as u', 'u.id', 's.created_by')
    .select(COLUMNS)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** A centre's scenarios, newest first, with the total. */
export async function scenarioRows(db: Db, centerId: string, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('what_if_scenarios as s')
      .leftJoin('users as u', 'u.id', 's.created_by')
      .select(COLUMNS)
      .where('s.center_id', '=', centerId)
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('what_if_scenarios')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('center_id', '=', centerId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The centre and author of scenario `id`, for the access checks. */
export function scenarioOwner(db: Db, id: string) {
  return db
    .selectFrom('what_if_scenarios')
    .select(['center_id', 'created_by'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Deletes scenario `id`. */
export async function deleteScenarioRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('what_if_scenarios').where('id', '=', id).execute();
}
