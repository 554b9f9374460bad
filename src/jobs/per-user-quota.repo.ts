import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** The tables of user-started work that ends in `done`/`failed`: each counts against its user's quota. */
export type UserWorkTable = 'import_runs' | 'region_exports';

/**
 * Takes the user's lock on `table` for this transaction and counts their rows not yet ended (queued or
 * running). Under the lock, two requests at once cannot both pass a quota checked against this count.
 */
export async function lockAndCountUnfinished(db: Db, table: UserWorkTable, userId: string): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${table}), hashtext(${userId}))`.execute(db);
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
