import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * Records that `check` told of these objects for these due dates; returns the keys (`type/id/dueOn`) that
 * were new. Rows another sweep holds are waited for, so two sweeps never both claim one.
 */
export async function claimOverdueNotices(
  db: Db,
  check: string,
  items: readonly { type: string; id: string; dueOn: string }[],
): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const { rows } = await sql<{ key: string }>`
    INSERT INTO overdue_notices (check_name, object_type, object_id, due_on)
    SELECT ${check}, t, i, d::date
      FROM unnest(${items.map((x) => x.type)}::text[], ${items.map((x) => x.id)}::text[],
                  ${items.map((x) => x.dueOn)}::text[]) AS u(t, i, d)
    ON CONFLICT DO NOTHING
    RETURNING object_type || '/' || object_id || '/' || to_char(due_on, 'YYYY-MM-DD') AS key`.execute(db);
  return new Set(rows.map((r) => r.key));
}
