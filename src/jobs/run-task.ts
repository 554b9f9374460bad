import type { Task } from 'graphile-worker';
import { type Db, inTransaction } from '../db/database.ts';
import { tr } from '../shared/lang.ts';
import type { TaskDefinition } from './define.ts';
import { JobError } from './job-error.ts';
import { finalizeAttempts, markDone, wasDone } from './jobs.repo.ts';
import { JOB_MESSAGES as M } from './messages.ts';

/**
 * A task definition as graphile-worker runs it: the payload checked (a bad one fails the job for good,
 * with a clear error), then the body and the job's "done" mark in one transaction — so a worker killed
 * mid-job leaves nothing half-written, and a job whose writes committed is not run again even if the
 * worker died before graphile-worker could delete it.
 */
export function toGraphileTask(definition: TaskDefinition, db: Db): Task {
  return async (raw, helpers) => {
    const { job } = helpers;
    const parsed = definition.payloadSchema.safeParse(withoutCronStamp(raw));
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
  };
}

/**
 * The payload as the task's schema describes it: graphile-worker adds `_cron` ({ ts, backfilled }) to the
 * payload of a job its crontab created, which a strict schema would refuse — every run of the schedule failed.
 */
function withoutCronStamp(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('_cron' in raw)) return raw;
  const { _cron, ...payload } = raw as Record<string, unknown>;
  return payload;
}
