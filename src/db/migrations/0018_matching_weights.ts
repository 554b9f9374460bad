import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

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
  await addAuditTriggers(db, 'matching_weights', ['center_id']);
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS matching_weights`.execute(db);
}
