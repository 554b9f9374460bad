import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { assertInScope } from './policy.ts';
import type { ScopePredicate } from './scope-sql.ts';

type ScopedTable = 'centers' | 'enterprises' | 'institutions' | 'people';

/**
 * 403 unless the record `id` of `table` satisfies the scope predicate (built for the column `t.id`).
 * A record that does not exist passes, so the service answers 404 as it would for anyone.
 */
export async function assertRecordInScope(
  db: Db,
  table: ScopedTable,
  id: string,
  scope: (idColumn: string) => ScopePredicate,
): Promise<void> {
  const predicate = scope('t.id');
  if (predicate === undefined) return;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return;
  const row = await sql<{ exists: boolean; visible: boolean }>`
    SELECT true AS exists, (${predicate}) AS visible FROM ${sql.table(table)} t WHERE t.id = ${id}::uuid`.execute(
    db,
  );
  const found = row.rows[0];
  if (found) assertInScope(found.visible);
}
