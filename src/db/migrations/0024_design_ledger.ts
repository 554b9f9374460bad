import { type Kysely, sql } from 'kysely';
import { addAuditTriggers } from './audit-triggers.ts';

/**
 * The design ledger (issue #19, point 2): an enterprise's dated record of a design or motif, its
 * normalised images with their SHA-256 and 64-bit perceptual hash, and one global hash chain (`seq`,
 * `previous_hash`, `record_hash`) so any later change is detectable. The perceptual hash is also split
 * into four 16-bit bands, each indexed with the hash itself (index-only scans): two hashes within Hamming
 * distance 7 have a band differing in at most one bit (pigeonhole), so the similar-design lookup probes
 * each band's value and its 16 one-bit neighbours (multi-index hashing).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE design_records (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigint NOT NULL UNIQUE CHECK (seq > 0),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      center_id uuid REFERENCES centers(id),
      region_code text,
      title text NOT NULL,
      description text,
      category text NOT NULL,
      first_published_on date,
      recorded_at timestamptz NOT NULL,
      recorded_by uuid REFERENCES users(id),
      previous_hash text NOT NULL,
      record_hash text NOT NULL UNIQUE,
      verification_code text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX design_records_enterprise_idx ON design_records (enterprise_id)`.execute(db);
  await sql`CREATE INDEX design_records_center_idx ON design_records (center_id)`.execute(db);
  await sql`CREATE INDEX design_records_region_idx ON design_records (region_code text_pattern_ops)`.execute(
    db,
  );
  await sql`
    CREATE TABLE design_images (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      record_id uuid NOT NULL REFERENCES design_records(id),
      position smallint NOT NULL CHECK (position >= 0),
      sha256 text NOT NULL UNIQUE,
      original_sha256 text NOT NULL UNIQUE,
      phash bigint NOT NULL,
      band0 integer NOT NULL, band1 integer NOT NULL, band2 integer NOT NULL, band3 integer NOT NULL,
      width integer NOT NULL,
      height integer NOT NULL,
      media_type text NOT NULL,
      UNIQUE (record_id, position)
    )`.execute(db);
  // The bytes live apart from the audited rows: the audit trail would copy every image otherwise, and the
  // chain already protects them (verify recomputes each image's SHA-256 from these bytes).
  await sql`
    CREATE TABLE design_image_files (
      image_id uuid PRIMARY KEY REFERENCES design_images(id),
      content bytea NOT NULL,
      thumbnail bytea NOT NULL
    )`.execute(db);
  for (let band = 0; band < 4; band++) {
    await sql`CREATE INDEX ${sql.raw(`design_images_band${band}_idx`)} ON design_images (${sql.raw(`band${band}`)}) INCLUDE (phash, record_id)`.execute(
      db,
    );
  }
  for (const [table, ...keys] of AUDITED) await addAuditTriggers(db, table, keys);
}

/** The audited tables and the columns the trail names each row by. */
const AUDITED: readonly (readonly [string, ...string[]])[] = [
  ['design_records', 'id'],
  ['design_images', 'id'],
];

/** Drops the tables, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['design_image_files', 'design_images', 'design_records']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
