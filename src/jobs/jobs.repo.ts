import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

// graphile-worker's tables are read through its public view (`graphile_worker.jobs`) and changed through
// its SQL functions; the one write to its private table is `finalizeAttempts` (see there).

/** Runs before a job stays failed, unless its enqueuer says otherwise (graphile-worker's own default is 25). */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** A job as the queue holds it (waiting, running or failed) or as `jobs_done` recorded it. */
export interface JobRow {
  id: string;
  task: string;
  key: string | null;
  state: 'waiting' | 'running' | 'failed' | 'done';
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  run_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Adds a job with graphile-worker's `add_job`, in `db`'s transaction when it is one; returns its id. */
export async function addJob(
  db: Db,
  task: string,
  payload: unknown,
  options: { runAt?: Date; key?: string; maxAttempts?: number },
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    SELECT id::text FROM graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json,
      run_at => ${options.runAt ?? null}::timestamptz, max_attempts => ${options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS}::int,
      job_key => ${options.key ?? null}::text)`.execute(db);
  return rows[0]?.id ?? '';
}

/** Adds one job of `task` per payload, keyed by the matching `keys` entry, in one statement; returns how many. */
export async function addJobs(
  db: Db,
  task: string,
  jobs: readonly { payload: unknown; key: string }[],
  maxAttempts: number = DEFAULT_MAX_ATTEMPTS,
): Promise<number> {
  if (jobs.length === 0) return 0;
  const payloads = jobs.map((j) => JSON.stringify(j.payload));
  const keys = jobs.map((j) => j.key);
  const { rows } = await sql<{ n: number }>`
    SELECT count(graphile_worker.add_job(${task}, t.payload::json, max_attempts => ${maxAttempts}::int,
      job_key => t.key))::int AS n
    FROM unnest(${payloads}::text[], ${keys}::text[]) AS t(payload, key)`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Removes the pending job of `key` (a running one is kept from retrying); true when there was one. */
export async function removeJobByKey(db: Db, key: string): Promise<boolean> {
  const { rows } = await sql<{ id: string | null }>`
    SELECT (graphile_worker.remove_job(${key})).id::text AS id`.execute(db);
  return rows[0]?.id != null;
}

/**
 * Leaves a running job no attempt after this one. graphile-worker's own functions skip locked jobs, and
 * the job is locked by the very worker that asks, so this writes the private table directly.
 */
export async function finalizeAttempts(db: Db, jobId: string): Promise<void> {
  await sql`UPDATE graphile_worker._private_jobs SET max_attempts = attempts WHERE id = ${jobId}::bigint`.execute(
    db,
  );
}

/** Records the job as done in the job's transaction; false when an earlier run already committed. */
export async function markDone(
  db: Db,
  job: { id: string; task: string; key: string | null; attempts: number; createdAt: Date },
): Promise<boolean> {
  const { rows } = await sql<{ job_id: string }>`
    INSERT INTO jobs_done (job_id, task, key, attempts, created_at)
    VALUES (${job.id}::bigint, ${job.task}, ${job.key}, ${job.attempts}, ${job.createdAt})
    ON CONFLICT (job_id) DO NOTHING RETURNING job_id`.execute(db);
  return rows.length > 0;
}

/** True when the job's "done" mark exists (an earlier run finished). */
export async function wasDone(db: Db, jobId: string): Promise<boolean> {
  const { rows } = await sql`SELECT 1 FROM jobs_done WHERE job_id = ${jobId}::bigint`.execute(db);
  return rows.length > 0;
}

/** Jobs in the queue and those done in the last day, newest change first. */
export async function findJobs(
  db: Db,
  filter: { state?: JobRow['state']; limit: number },
): Promise<JobRow[]> {
  const { rows } = await sql<JobRow>`
    SELECT * FROM (
      SELECT id::text, task_identifier AS task, key,
        CASE WHEN attempts >= max_attempts THEN 'failed'
             WHEN locked_at IS NOT NULL THEN 'running' ELSE 'waiting' END AS state,
        attempts, max_attempts, last_error, run_at, created_at, updated_at
      FROM graphile_worker.jobs
      UNION ALL
      SELECT job_id::text, task, key, 'done', attempts, attempts, NULL, NULL, created_at, finished_at
      FROM jobs_done WHERE finished_at > now() - interval '1 day'
    ) j
    WHERE ${filter.state ?? null}::text IS NULL OR state = ${filter.state ?? null}
    ORDER BY updated_at DESC, id DESC LIMIT ${filter.limit}`.execute(db);
  return rows;
}

/** One job in the queue (not done ones), or undefined. */
export async function findQueuedJob(db: Db, id: string): Promise<JobRow | undefined> {
  const rows = await findJobsById(db, id);
  return rows[0];
}

async function findJobsById(db: Db, id: string): Promise<JobRow[]> {
  const { rows } = await sql<JobRow>`
    SELECT id::text, task_identifier AS task, key,
      CASE WHEN attempts >= max_attempts THEN 'failed'
           WHEN locked_at IS NOT NULL THEN 'running' ELSE 'waiting' END AS state,
      attempts, max_attempts, last_error, run_at, created_at, updated_at
    FROM graphile_worker.jobs WHERE id = ${id}::bigint`.execute(db);
  return rows;
}

/** Makes a waiting or failed job due now with a fresh count of attempts (graphile-worker's reschedule). */
export async function rescheduleNow(db: Db, id: string): Promise<boolean> {
  const { rows } = await sql`
    SELECT 1 FROM graphile_worker.reschedule_jobs(ARRAY[${id}::bigint], run_at => now(), attempts => 0)`.execute(
    db,
  );
  return rows.length > 0;
}

/** Fails a job that is not running, with `error` stored as its last error; false when it was running. */
export async function failJobs(db: Db, ids: readonly string[], error: string): Promise<number> {
  if (ids.length === 0) return 0;
  const { rows } = await sql`
    SELECT 1 FROM graphile_worker.permanently_fail_jobs(${ids as string[]}::bigint[], ${error})`.execute(db);
  return rows.length;
}

/** Waiting jobs whose task is none of `known` (a worker fails them: no one here can run them). */
export async function findUnknownTaskJobs(db: Db, known: readonly string[]) {
  const { rows } = await sql<{ id: string; task: string }>`
    SELECT id::text, task_identifier AS task FROM graphile_worker.jobs
    WHERE locked_at IS NULL AND attempts < max_attempts AND NOT task_identifier = ANY(${known as string[]}::text[])
    LIMIT 100`.execute(db);
  return rows;
}

/** Deletes the record of jobs done before `days` days ago. */
export async function deleteDoneBefore(db: Db, days: number): Promise<void> {
  await sql`DELETE FROM jobs_done WHERE finished_at < now() - make_interval(days => ${days})`.execute(db);
}

/** The queue at a glance, in one query (the health route's floor). */
export async function queueStats(db: Db) {
  const { rows } = await sql<{
    workers: number;
    waiting: number;
    oldest_waiting_seconds: number | null;
    failed_last_day: number;
  }>`
    SELECT
      (SELECT count(*)::int FROM job_workers WHERE last_seen > now() - interval '1 minute') AS workers,
      count(*) FILTER (WHERE w)::int AS waiting,
      extract(epoch FROM now() - min(run_at) FILTER (WHERE w))::float8 AS oldest_waiting_seconds,
      count(*) FILTER (WHERE attempts >= max_attempts AND updated_at > now() - interval '1 day')::int
        AS failed_last_day
    FROM (SELECT *, locked_at IS NULL AND attempts < max_attempts AND run_at <= now() AS w
          FROM graphile_worker._private_jobs) j`.execute(db);
  return rows[0] as NonNullable<(typeof rows)[0]>;
}
