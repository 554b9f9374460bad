import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** Records that the worker process `id` is alive with these graphile-worker ids. */
export async function beat(
  db: Db,
  id: string,
  workerIds: readonly string[],
  concurrency: number,
): Promise<void> {
  await sql`
    INSERT INTO job_workers (id, worker_ids, concurrency) VALUES (${id}, ${workerIds as string[]}, ${concurrency})
    ON CONFLICT (id) DO UPDATE SET worker_ids = excluded.worker_ids, last_seen = now()`.execute(db);
}

/** Forgets the worker process `id` (it stopped cleanly). */
export async function forgetWorker(db: Db, id: string): Promise<void> {
  await sql`DELETE FROM job_workers WHERE id = ${id}`.execute(db);
}

/**
 * Worker processes that are gone: no session of theirs is connected and they have not beaten for
 * `quietSeconds`, or not for a minute at all. Their rows are removed and their graphile-worker ids
 * returned, so that their locked jobs can be released.
 */
export async function takeDeadWorkers(db: Db, quietSeconds: number): Promise<string[]> {
  const { rows } = await sql<{ worker_ids: string[] }>`
    DELETE FROM job_workers w
    WHERE last_seen < now() - interval '1 minute'
       OR (last_seen < now() - make_interval(secs => ${quietSeconds})
           AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = w.id))
    RETURNING worker_ids`.execute(db);
  return rows.flatMap((r) => r.worker_ids);
}

/** Releases the jobs locked by `workerIds` (graphile-worker's `force_unlock_workers`). */
export async function unlockWorkers(db: Db, workerIds: readonly string[]): Promise<void> {
  if (workerIds.length === 0) return;
  await sql`SELECT graphile_worker.force_unlock_workers(${workerIds as string[]}::text[])`.execute(db);
}
