import type { Task } from 'graphile-worker';
import { withActor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { jobDuration } from '../observability/process-metrics.ts';
import { tr } from '../shared/lang.ts';
import { REQUEST_ID_KEY, type TaskDefinition } from './define.ts';
import { JobError } from './job-error.ts';
import { finalizeAttempts, markDone, wasDone } from './jobs.repo.ts';
import { defaultJobLog, type JobLog } from './logger.ts';
import { JOB_MESSAGES as M } from './messages.ts';

/**
 * A task definition as graphile-worker runs it: the payload checked (a bad one fails the job for good,
 * with a clear error), then the body and the job's "done" mark in one transaction — so a worker killed
 * mid-job leaves nothing half-written, and a job whose writes committed is not run again even if the
 * worker died before graphile-worker could delete it. Each run is timed (`simpul_job_duration_seconds`) and
 * logged to `log` with the id of the request that enqueued it, which also reaches the audit trail.
 */
export function toGraphileTask(definition: TaskDefinition, db: Db, log: JobLog = defaultJobLog): Task {
  return async (raw, helpers) => {
    const { job } = helpers;
    const { payload, requestId } = unstamped(raw);
    const line = log.child({ jobId: job.id, task: definition.name, attempt: job.attempts, requestId });
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      await withActor(
        { kind: 'system', label: 'system' },
        () => runParsed(definition, db, job, payload),
        requestId,
      );
    } catch (error) {
      jobDuration.observe({ task: definition.name, outcome: 'failed' }, seconds());
      line.warn({ durationMs: Math.round(seconds() * 1000), errorType: errorType(error) }, 'job failed');
      throw error;
    }
    jobDuration.observe({ task: definition.name, outcome: 'done' }, seconds());
    line.info({ durationMs: Math.round(seconds() * 1000) }, 'job done');
  };
}

type JobOf = Parameters<Task>[1]['job'];

async function runParsed(definition: TaskDefinition, db: Db, job: JobOf, raw: unknown): Promise<void> {
  const parsed = definition.payloadSchema.safeParse(raw);
  if (!parsed.success) {
    // An unknown key has an empty path: name the key itself.
    const problems = parsed.error.issues
      .map((issue) => ('keys' in issue ? issue.keys.join(', ') : issue.path.join('.')) || '—')
      .join(', ');
    await finalizeAttempts(db, job.id);
    const params = { name: definition.name, problems };
    throw new JobError({ id: tr(M.badPayload, params, 'id'), en: tr(M.badPayload, params, 'en') });
  }
  const done = {
    id: job.id,
    task: definition.name,
    key: job.key,
    attempts: job.attempts,
    createdAt: job.created_at,
  };
  const ctx = { jobId: job.id, attempt: job.attempts };
  if (definition.options.ownTransactions) {
    if (await wasDone(db, job.id)) return;
    await definition.run(parsed.data, { ...ctx, db });
    await markDone(db, done);
    return;
  }
  await inTransaction(db, async (trx) => {
    if (!(await markDone(trx, done))) return;
    await definition.run(parsed.data, { ...ctx, db: trx });
  });
}

/**
 * The kind of error, for a log line: its message may quote the data (a name in an import row), which logs
 * must not hold; the message stays on the job (`simpul jobs list`, the admin's queue page).
 */
function errorType(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * The payload as the task's schema describes it, and the enqueuing request's id: graphile-worker adds
 * `_cron` ({ ts, backfilled }) to the payload of a job its crontab created, and `enqueue` adds
 * `_requestId`; a strict schema would refuse either (every run of the schedule failed).
 */
function unstamped(raw: unknown): { payload: unknown; requestId: string | undefined } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { payload: raw, requestId: undefined };
  const { _cron, [REQUEST_ID_KEY]: requestId, ...payload } = raw as Record<string, unknown>;
  const stamped = _cron !== undefined || requestId !== undefined;
  return {
    payload: stamped ? payload : raw,
    requestId: typeof requestId === 'string' ? requestId : undefined,
  };
}
