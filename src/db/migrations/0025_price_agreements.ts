import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Price agreements (issue #19, point 3): a koperasi or paguyuban records an agreed floor or reference price
 * for one product and unit, its validity, and the dated consents of its member firms. The competition-law
 * flag (UU 5/1999 Art. 50(h)) is stored with its inputs and re-evaluated whenever consents change. A
 * violation report is linked to the PRICE_UNDERCUTTING tie it wrote, and leaves `case_id` for a conflict
 * case opened later (no foreign key: the cases table belongs to another migration).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE price_agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      center_id uuid NOT NULL REFERENCES centers(id),
      product text NOT NULL,
      unit text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('floor', 'reference')),
      price numeric NOT NULL CHECK (price > 0),
      valid_from date NOT NULL,
      valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
      notes text,
      flag text NOT NULL DEFAULT 'clear' CHECK (flag IN ('clear', 'flagged', 'cannot_tell')),
      flag_inputs jsonb NOT NULL DEFAULT '[]'::jsonb,
      flag_evaluated_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX price_agreements_center_idx ON price_agreements (center_id)`.execute(db);
  await sql`CREATE INDEX price_agreements_institution_idx ON price_agreements (institution_id)`.execute(db);
  await sql`
    CREATE TABLE price_agreement_consents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES price_agreements(id) ON DELETE CASCADE,
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      consented_on date NOT NULL,
      withdrawn_on date,
      recorded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (agreement_id, enterprise_id)
    )`.execute(db);
  await sql`CREATE INDEX price_agreement_consents_enterprise_idx ON price_agreement_consents (enterprise_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE price_violation_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES price_agreements(id) ON DELETE CASCADE,
      offender_enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      affected_enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      sold_on date NOT NULL,
      sold_price numeric CHECK (sold_price IS NULL OR sold_price >= 0),
      evidence_note text NOT NULL,
      interaction_id uuid NOT NULL REFERENCES interactions(id),
      case_id uuid,
      reported_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX price_violation_reports_agreement_idx ON price_violation_reports (agreement_id)`.execute(
    db,
  );

  for (const table of ['price_agreements', 'price_agreement_consents', 'price_violation_reports']) {
    await addAuditTriggers(db, table, ['id']);
  }
}

/** Drops the tables, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['price_violation_reports', 'price_agreement_consents', 'price_agreements']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
