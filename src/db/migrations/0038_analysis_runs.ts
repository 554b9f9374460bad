import { type Kysely, sql } from 'kysely';

/**
 * National recompute on the job queue (#22 item 2): an analysis run records how many centres `simpul
 * analyze --all` handed to the workers and how many are done, so the CLI and the admin page show progress
 * and an ETA. `open` is true until the run ends; its unique index lets only one run be open at a time, so
 * a second `analyze --all` joins the open run instead of queueing every centre again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE analysis_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      at date,
      force boolean NOT NULL DEFAULT false,
      total integer NOT NULL CHECK (total >= 0),
      done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
      chunks integer NOT NULL CHECK (chunks >= 0),
      open boolean DEFAULT true CHECK (open),
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      CONSTRAINT analysis_runs_one_open UNIQUE (open)
    )`.execute(db);
  await sql`CREATE INDEX analysis_runs_started_idx ON analysis_runs (started_at DESC)`.execute(db);
}

/** Drops the run table (the queued chunk jobs, if any, then fail as of an unknown run). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS analysis_runs`.execute(db);
}
