import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Institution self-assessments (issue #20, point 1): one snapshot per assessment, with the answers under
 * the questionnaire version they were given in, the live facts and the scored breakdown as they were that
 * day, so a later change of data or thresholds never rewrites an old tier and the trend stays honest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE institution_assessments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      assessed_on date NOT NULL,
      assessed_by uuid REFERENCES users(id),
      questionnaire_version integer NOT NULL CHECK (questionnaire_version > 0),
      answers jsonb NOT NULL,
      score numeric(5, 1) NOT NULL CHECK (score BETWEEN 0 AND 100),
      tier text NOT NULL CHECK (tier IN ('none', 'perunggu', 'perak', 'emas')),
      breakdown jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE INDEX institution_assessments_institution_idx
    ON institution_assessments (institution_id, assessed_on DESC, created_at DESC)`.execute(db);
  await addAuditTriggers(db, 'institution_assessments', ['id']);
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS institution_assessments`.execute(db);
}
