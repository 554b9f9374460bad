import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Saved what-if scenarios (issue #20, point 5): a named list of edits on one centre's network, stored by
 * its author and readable by whoever may read that centre's network. Only the edits are kept, never the
 * figures: opening a scenario simulates it again on the network of the day, so it never shows stale numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE what_if_scenarios (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES centers(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      edits jsonb NOT NULL CHECK (jsonb_typeof(edits) = 'array'),
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX what_if_scenarios_center_idx ON what_if_scenarios (center_id, created_at DESC)`.execute(
    db,
  );
  await addAuditTriggers(db, 'what_if_scenarios', ['id']);
}

/** Drops the scenarios. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE what_if_scenarios`.execute(db);
}
