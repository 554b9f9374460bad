import { type Kysely, sql } from 'kysely';

/**
 * Stored analysis results as `json`, with their pattern in a small `jsonb` column of its own (issue #22,
 * national recompute < 60 s). A result is written whole and read whole; nothing queries inside it but
 * the pattern. As `jsonb`, PostgreSQL parsed each result into its binary form on the way in and printed
 * it back on the way out: 511 MB of results for the whole country cost its server 5.8 s of parsing on
 * every recompute. `json` is checked and kept as written. The pattern, which the overview and the
 * centre lists read for thousands of centres at once, is written by the application beside the result,
 * so those reads never open a result; `pattern_code` (0041) is now generated from it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE center_analyses DROP COLUMN pattern_code, ADD COLUMN pattern jsonb`.execute(db);
  await sql`UPDATE center_analyses SET pattern = result -> 'pattern'`.execute(db);
  await sql`
    ALTER TABLE center_analyses
      ALTER COLUMN pattern SET NOT NULL,
      ALTER COLUMN result TYPE json USING result::json,
      ADD COLUMN pattern_code text GENERATED ALWAYS AS (pattern ->> 'code') STORED`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE center_analyses
      DROP COLUMN pattern_code,
      DROP COLUMN pattern,
      ALTER COLUMN result TYPE jsonb USING result::jsonb`.execute(db);
  await sql`
    ALTER TABLE center_analyses
      ADD COLUMN pattern_code text GENERATED ALWAYS AS (result -> 'pattern' ->> 'code') STORED`.execute(db);
}
