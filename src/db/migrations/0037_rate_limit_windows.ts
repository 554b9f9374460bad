import { type Kysely, sql } from 'kysely';

/**
 * The counters of the routes' own rate limits (#22 part 3: sign-in, the anonymous case report), shared by
 * every app process on the database: one row per client key (an HMAC of the route and the address)
 * holding the hits of its current window. UNLOGGED: a counter is not worth a WAL record per request, and a PostgreSQL crash that
 * empties the table only restarts every client's window. Not audited, not replicated (never read there).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNLOGGED TABLE rate_limit_windows (
      key text PRIMARY KEY,
      hits integer NOT NULL,
      resets_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX rate_limit_windows_resets_at_idx ON rate_limit_windows (resets_at)`.execute(db);
}

/** Drops the counters (as before 0037). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS rate_limit_windows`.execute(db);
}
