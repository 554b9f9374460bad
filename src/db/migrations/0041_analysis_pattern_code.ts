import { type Kysely, sql } from 'kysely';

/**
 * The pattern code of each stored analysis as a column of its own, computed by PostgreSQL from the result
 * (issue #22, Speed: the whole country's overview < 200 ms). Counting the whole country's pattern labels
 * read `result -> 'pattern'`, which unpacks every centre's stored result, tens to hundreds of kilobytes
 * each, 13,762 of them: seconds. A stored generated column is written with the result and read alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE center_analyses
      ADD COLUMN pattern_code text GENERATED ALWAYS AS (result -> 'pattern' ->> 'code') STORED`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE center_analyses DROP COLUMN pattern_code`.execute(db);
}
