import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Interventions (issue #20, point 3): a programme delivered to a centre (DAK revitalisation, a machine
 * grant, training, TPL visits, promotion, certification), its dates, cost and funder, and the
 * institutions and enterprises of that centre it reached. Before/after and difference-in-differences are
 * computed on request from the centre figures and ties, never stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE interventions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES centers(id),
      type text NOT NULL,
      title text NOT NULL,
      start_date date NOT NULL,
      end_date date CHECK (end_date IS NULL OR end_date >= start_date),
      cost_idr bigint CHECK (cost_idr IS NULL OR cost_idr >= 0),
      funder_kind text NOT NULL,
      funder_name text,
      notes text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX interventions_center_idx ON interventions (center_id, start_date)`.execute(db);
  await sql`
    CREATE TABLE intervention_enterprises (
      intervention_id uuid NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      PRIMARY KEY (intervention_id, enterprise_id)
    )`.execute(db);
  await sql`
    CREATE TABLE intervention_institutions (
      intervention_id uuid NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
      institution_id uuid NOT NULL REFERENCES institutions(id),
      PRIMARY KEY (intervention_id, institution_id)
    )`.execute(db);
  await addAuditTriggers(db, 'interventions', ['id']);
  await addAuditTriggers(db, 'intervention_enterprises', ['intervention_id', 'enterprise_id']);
  await addAuditTriggers(db, 'intervention_institutions', ['intervention_id', 'institution_id']);
}

/** Drops the tables, links first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['intervention_institutions', 'intervention_enterprises', 'interventions']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
