import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * Offline field capture (issue #23, server side). `field_changes` holds one row per change a phone sent:
 * its client id (unique: a retry finds the stored result instead of writing again), who collected it in
 * which centre, when it was collected and received, the result, the record it made, and — for an update
 * based on an old version — the open conflict with the collector's values. It is not audited itself: the
 * writes it records are, by the audit triggers of their own tables. A firm recorded in the field ("not in
 * the list") is pending (`enterprises.pending_since`) until an officer verifies it. Photos of firms: the
 * metadata audited, the bytes in an unaudited table as the design ledger's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE enterprises ADD COLUMN pending_since timestamptz`.execute(db);
  await sql`
    CREATE TABLE field_changes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      client_change_id uuid NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users(id),
      center_id uuid NOT NULL,
      kind text NOT NULL,
      collected_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      based_on_version integer,
      status text NOT NULL
        CHECK (status IN ('applied', 'conflict', 'rejected', 'forbidden', 'dependencyFailed')),
      record_id uuid,
      record_version integer,
      error jsonb,
      conflict_enterprise_id uuid REFERENCES enterprises(id) ON DELETE CASCADE,
      conflict_mine jsonb,
      resolved_at timestamptz,
      resolution text CHECK (resolution IN ('mine', 'theirs', 'merged')),
      CHECK ((status = 'conflict') = (conflict_enterprise_id IS NOT NULL AND conflict_mine IS NOT NULL))
    )`.execute(db);
  await sql`
    CREATE INDEX field_changes_open_conflicts_idx ON field_changes (user_id, received_at)
    WHERE status = 'conflict' AND resolved_at IS NULL`.execute(db);
  await sql`
    CREATE TABLE enterprise_photos (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
      caption text,
      width integer NOT NULL,
      height integer NOT NULL,
      byte_size integer NOT NULL,
      taken_at timestamptz NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX enterprise_photos_enterprise_idx ON enterprise_photos (enterprise_id)`.execute(db);
  await sql`
    CREATE TABLE enterprise_photo_files (
      photo_id uuid PRIMARY KEY REFERENCES enterprise_photos(id) ON DELETE CASCADE,
      content bytea NOT NULL
    )`.execute(db);
  await addAuditTriggers(db, 'enterprise_photos', ['id']);
}

/** Drops the tables and the column (pending firms become ordinary ones). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS enterprise_photo_files`.execute(db);
  await sql`DROP TABLE IF EXISTS enterprise_photos`.execute(db);
  await sql`DROP TABLE IF EXISTS field_changes`.execute(db);
  await sql`ALTER TABLE enterprises DROP COLUMN IF EXISTS pending_since`.execute(db);
}
