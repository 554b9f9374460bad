import { type Db, inTransaction } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/lang.ts';
import { auditAdminJobStep } from './job-audit.repo.ts';
import { JobError, jobErrorText } from './job-error.ts';
import { failJobs, findJobs, findQueuedJob, type JobRow, queueStats, rescheduleNow } from './jobs.repo.ts';
import type { Job, JobListQuery, QueueHealth } from './jobs.schema.ts';
import { JOB_MESSAGES as M } from './messages.ts';

const SERVICE_MESSAGES = {
  notFound: { id: 'Tugas {id} tidak ada dalam antrean.', en: 'Job {id} is not in the queue.' },
  running: {
    id: 'Tugas {id} sedang berjalan; tunggu sampai selesai atau gagal.',
    en: 'Job {id} is running; wait until it finishes or fails.',
  },
};

/** A queue row as the API shows it, the error in the current language. */
function rowToJob(row: JobRow): Job {
  return {
    id: row.id,
    task: row.task,
    key: row.key,
    state: row.state,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    error: jobErrorText(row.last_error, currentLang()),
    runAt: row.state === 'waiting' || row.state === 'failed' ? (row.run_at?.toISOString() ?? null) : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Jobs waiting, running, failed, and done in the last day, newest change first. */
export async function listJobs(db: Db, query: JobListQuery): Promise<Job[]> {
  const rows = await findJobs(db, { state: query.status, limit: query.limit });
  return rows.map(rowToJob);
}

/** The queued job `id`, not running (404 when gone or done, 409 while it runs). */
async function idleJob(db: Db, id: string): Promise<JobRow> {
  const row = /^\d{1,18}$/.test(id) ? await findQueuedJob(db, id) : undefined;
  if (!row) throw new AppError('not_found', tr(SERVICE_MESSAGES.notFound, { id }));
  if (row.state === 'running') throw new AppError('conflict', tr(SERVICE_MESSAGES.running, { id }));
  return row;
}

/** Runs a waiting or failed job now, with its attempts counted afresh; the audit trail names the admin. */
export async function retryJob(db: Db, id: string): Promise<Job> {
  await inTransaction(db, async (trx) => {
    const job = await idleJob(trx, id);
    await auditAdminJobStep(trx, job, 'retried');
    await rescheduleNow(trx, id);
  });
  return rowToJob((await findQueuedJob(db, id)) as JobRow);
}

/**
 * Stops a waiting job from running: it stays listed as failed ("cancelled by an admin"), and can be
 * retried; the audit trail names the admin.
 */
export async function cancelJob(db: Db, id: string): Promise<Job> {
  await inTransaction(db, async (trx) => {
    const job = await idleJob(trx, id);
    await auditAdminJobStep(trx, job, 'cancelled');
    await failJobs(trx, [id], new JobError(M.cancelled, true).message);
  });
  return rowToJob((await findQueuedJob(db, id)) as JobRow);
}

/** Workers seen, jobs waiting, the oldest wait and failures of the last day, in one query. */
export async function queueHealth(db: Db): Promise<QueueHealth> {
  const s = await queueStats(db);
  return {
    workers: s.workers,
    waiting: s.waiting,
    oldestWaitingSeconds: s.oldest_waiting_seconds === null ? null : Math.round(s.oldest_waiting_seconds),
    failedLastDay: s.failed_last_day,
  };
}
