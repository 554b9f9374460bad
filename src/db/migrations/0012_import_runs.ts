import { type Kysely, sql } from 'kysely';

/**
 * Import runs (src/io/runs/): an import started from the web waits here for a worker, which may be
 * another process, so the file itself is stored (`bytes`) until the run ends; then only the history
 * stays — who, what, when, and the report or the error as the API answers them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE import_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      via text NOT NULL CHECK (via IN ('session', 'token', 'cli')),
      language text NOT NULL CHECK (language IN ('id', 'en')),
      kind text NOT NULL,
      format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
      file_name text NOT NULL,
      byte_count integer NOT NULL,
      bytes bytea,
      options jsonb NOT NULL,
      body_limit integer NOT NULL,
      timeout_seconds integer NOT NULL,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
      phase text,
      rows_read integer NOT NULL DEFAULT 0,
      rows_written integer NOT NULL DEFAULT 0,
      result jsonb,
      error jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX import_runs_user_idx ON import_runs (user_id, created_at DESC)`.execute(db);
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE import_runs`.execute(db);
}
