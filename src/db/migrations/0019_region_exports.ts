import { type Kysely, sql } from 'kysely';

/**
 * Region exports (src/io/region-exports/): a whole province's or regency's registry, written by a worker
 * into one ZIP of re-importable files. The file is kept in the row (`bytes`) so any process can serve it,
 * whichever worker wrote it, and is dropped after a week (the row, without its file, stays as history).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE region_exports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      via text NOT NULL CHECK (via IN ('session', 'token', 'cli')),
      language text NOT NULL CHECK (language IN ('id', 'en')),
      region_code text NOT NULL REFERENCES regions(code),
      format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed', 'expired')),
      phase text,
      rows_written integer NOT NULL DEFAULT 0,
      counts jsonb,
      file_name text,
      byte_count integer,
      bytes bytea,
      error jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX region_exports_user_idx ON region_exports (user_id, created_at DESC)`.execute(db);
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE region_exports`.execute(db);
}
