import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Leftovers of issue #19. `conflict_case_moves` keeps every status move of a case (from, to, who, in which
 * role, when, a note), written in the move's own transaction: the audit trail has the before/after rows
 * too, but it is a trail for auditors (its actor label is an e-mail, its rows are kept for another reason),
 * not the case's own record. Existing cases get their report step and the moves the trail already holds.
 * Evidence images are now re-encoded without metadata: `stored_sha256` is the hash of the stored bytes,
 * `sha256` stays the original's. A consent withdrawn by the institution's board keeps its reason and who.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE conflict_case_moves (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES conflict_cases(id) ON DELETE CASCADE,
      from_status text,
      to_status text NOT NULL,
      moved_by uuid REFERENCES users(id),
      moved_by_role text,
      note text,
      moved_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX conflict_case_moves_case_idx ON conflict_case_moves (case_id, moved_at)`.execute(db);
  // The report step of every case, then the status changes the audit trail recorded (who and when).
  await sql`
    INSERT INTO conflict_case_moves (case_id, from_status, to_status, moved_by, moved_by_role, moved_at)
    SELECT k.id, NULL, 'reported', k.reported_by, NULL, k.created_at FROM conflict_cases k`.execute(db);
  await sql`
    INSERT INTO conflict_case_moves (case_id, from_status, to_status, moved_by, moved_by_role, moved_at)
    SELECT k.id, a.before->>'status', a.after->>'status', u.id, u.role, a.occurred_at
      FROM audit_log a
      JOIN conflict_cases k ON k.id::text = a.entity_id
      LEFT JOIN users u ON u.id = a.actor_user_id
     WHERE a.entity_type = 'conflict_cases' AND a.action = 'update'
       AND a.before->>'status' IS DISTINCT FROM a.after->>'status'`.execute(db);
  await addAuditTriggers(db, 'conflict_case_moves', ['id']);

  await sql`
    ALTER TABLE conflict_case_evidence
      ADD COLUMN stored_sha256 text CHECK (stored_sha256 ~ '^[0-9a-f]{64}$')`.execute(db);
  await sql`
    ALTER TABLE price_agreement_consents
      ADD COLUMN withdraw_reason text,
      ADD COLUMN withdrawn_by uuid REFERENCES users(id)`.execute(db);
}

/** Drops what `up` added. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE price_agreement_consents DROP COLUMN withdraw_reason, DROP COLUMN withdrawn_by`.execute(
    db,
  );
  await sql`ALTER TABLE conflict_case_evidence DROP COLUMN stored_sha256`.execute(db);
  await sql`DROP TABLE IF EXISTS conflict_case_moves`.execute(db);
}
