import { type Kysely, sql } from 'kysely';

/**
 * Matching weights per centre (issue #18, point 3): the exponents and parameters of the candidate
 * ranking a centre chose, as a JSON object over the documented defaults (src/matching/weights.ts), so a
 * centre can weigh trust above distance without a release. Audited like every table people write into.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE matching_weights (
      center_id uuid PRIMARY KEY REFERENCES centers(id) ON DELETE CASCADE,
      weights jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(weights) = 'object'),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const transition =
      op === 'INSERT'
        ? 'NEW TABLE AS new_rows'
        : op === 'DELETE'
          ? 'OLD TABLE AS old_rows'
          : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
    await sql`
      CREATE TRIGGER ${sql.raw(`audit_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON matching_weights
      REFERENCING ${sql.raw(transition)} FOR EACH STATEMENT EXECUTE FUNCTION audit_rows('center_id')`.execute(
      db,
    );
  }
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS matching_weights`.execute(db);
}
