import { type Kysely, sql } from 'kysely';

/**
 * The three statement-level audit triggers (0002's `audit_rows`, bulk-aware since 0004) on `table`, the
 * trail naming each row by `keys` (joined with `/` when there are several). For migrations from 0014 on;
 * earlier ones keep their own copies, as released migrations are never edited.
 */
export async function addAuditTriggers(
  db: Kysely<unknown>,
  table: string,
  keys: readonly string[],
): Promise<void> {
  const args = sql.join(keys.map((key) => sql.lit(key)));
  for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const transition =
      op === 'INSERT'
        ? 'NEW TABLE AS new_rows'
        : op === 'DELETE'
          ? 'OLD TABLE AS old_rows'
          : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
    await sql`
      CREATE TRIGGER ${sql.raw(`audit_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON ${sql.table(table)}
      REFERENCING ${sql.raw(transition)} FOR EACH STATEMENT EXECUTE FUNCTION audit_rows(${args})`.execute(db);
  }
}
