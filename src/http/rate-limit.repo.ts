import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** A client's count in its current window, and the milliseconds until that window ends. */
export interface WindowHits {
  hits: number;
  ttlMs: number;
}

/**
 * Counts one hit of `key` in one statement, on the database's clock (so processes on several machines
 * agree): a key seen for the first time, or whose window has ended, starts a window of `windowMs` with 1
 * hit; otherwise its hits go up by one. The row lock of the UPSERT makes concurrent hits from several
 * processes count exactly.
 */
export async function countHit(db: Db, key: string, windowMs: number): Promise<WindowHits> {
  const { rows } = await sql<{ hits: number; ttl_ms: number }>`
    INSERT INTO rate_limit_windows AS w (key, hits, resets_at)
    VALUES (${key}, 1, clock_timestamp() + make_interval(secs => ${windowMs} / 1000.0))
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN w.resets_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END,
      resets_at = CASE WHEN w.resets_at <= clock_timestamp() THEN EXCLUDED.resets_at ELSE w.resets_at END
    RETURNING hits, greatest(0, ceil(extract(epoch FROM resets_at - clock_timestamp()) * 1000))::int AS ttl_ms
  `.execute(db);
  const row = rows[0];
  if (!row) throw new Error('rate limit: the counter returned no row');
  return { hits: row.hits, ttlMs: row.ttl_ms };
}

/** Forgets windows that ended before `graceMs` ago (their keys start afresh on their next hit anyway). */
export async function deleteEndedWindows(db: Db, graceMs: number): Promise<void> {
  await sql`
    DELETE FROM rate_limit_windows
    WHERE resets_at < clock_timestamp() - make_interval(secs => ${graceMs} / 1000.0)`.execute(db);
}
