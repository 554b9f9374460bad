import { currentRequestId } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { REQUEST_ID_KEY } from './define.ts';
import { addJob, addJobs, removeJobByKey } from './jobs.repo.ts';
import { knownTasks } from './registry.ts';

/** How a job is added. */
export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** A pending job with the same key is replaced (payload and time), so a burst of requests runs once. */
  key?: string;
  /** Runs before the job stays failed (default 5). */
  maxAttempts?: number;
}

/**
 * Adds a job of task `name`. Given a transaction, the job is added in it: it exists only if the caller's
 * writes commit. The payload is checked against the task's schema here, so a bad one fails the caller.
 * Enqueued while serving a request, the job carries that request's id, so its log lines can be matched.
 */
export async function enqueue(
  db: Db,
  name: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<string> {
  const task = knownTasks().find((t) => t.name === name);
  if (!task) throw new Error(`enqueue: no task "${name}" in jobs/tasks.ts`);
  return addJob(db, name, withRequestId(task.payloadSchema.parse(payload)), options);
}

function withRequestId(payload: unknown): unknown {
  const requestId = currentRequestId();
  if (!requestId || payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  return { ...payload, [REQUEST_ID_KEY]: requestId };
}

/**
 * Adds many jobs of task `name` at once (one statement), each with its own key; every payload is checked
 * against the task's schema first, so one bad payload adds none.
 */
export async function enqueueMany(
  db: Db,
  name: string,
  jobs: readonly { payload: unknown; key: string }[],
  maxAttempts?: number,
): Promise<number> {
  const task = knownTasks().find((t) => t.name === name);
  if (!task) throw new Error(`enqueue: no task "${name}" in jobs/tasks.ts`);
  const checked = jobs.map((j) => ({
    payload: withRequestId(task.payloadSchema.parse(j.payload)),
    key: j.key,
  }));
  return addJobs(db, name, checked, maxAttempts);
}

/** Cancels the pending job of `key` (a running one finishes but is not retried); true when there was one. */
export function cancelJobs(db: Db, key: string): Promise<boolean> {
  return removeJobByKey(db, key);
}
