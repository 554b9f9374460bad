import { type Kysely, sql } from 'kysely';

/**
 * Survey scales (#21 item 8): a response's `answered_on` may be unknown (a CSV of a past wave often has the
 * wave's label only), so it becomes nullable rather than filled with the day of entry; and the responses
 * of an enterprise are looked up by it across waves and versions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE research_survey_responses ALTER COLUMN answered_on DROP NOT NULL`.execute(db);
  await sql`CREATE INDEX research_survey_responses_enterprise_idx ON research_survey_responses (enterprise_id, wave)`.execute(
    db,
  );
}

/** Restores 0034's column (an unknown date becomes the day the row was written) and drops the index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS research_survey_responses_enterprise_idx`.execute(db);
  await sql`UPDATE research_survey_responses SET answered_on = created_at::date WHERE answered_on IS NULL`.execute(
    db,
  );
  await sql`ALTER TABLE research_survey_responses ALTER COLUMN answered_on SET NOT NULL`.execute(db);
}
