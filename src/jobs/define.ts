import type { z } from 'zod';
import type { Db } from '../db/database.ts';

/** The payload key carrying the id of the request that enqueued a job (run-task.ts takes it off again). */
export const REQUEST_ID_KEY = '_requestId';

/** What a task body gets beside its payload: the job's transaction, its id and which attempt this is. */
export interface TaskContext {
  /**
   * The job's transaction: everything written here commits with the job's "done" mark, or not at all
   * (with `ownTransactions`, the pool).
   */
  db: Db;
  jobId: string;
  /** 1 on the first run, 2 on the first retry, and so on. */
  attempt: number;
}

/** How a task's body meets the database. */
export interface TaskOptions {
  /**
   * The body runs its own transactions (one that must commit before an outside effect, such as a mail's
   * lease): `ctx.db` is then the pool, not the job's transaction, and the "done" mark is written after the
   * body returns. A crash between the two runs the body again, so it must be idempotent on its own.
   */
  ownTransactions?: boolean;
}

/** A kind of job: its name, the shape of its payload and what running one does. */
export interface TaskDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payloadSchema: S;
  run: (payload: z.output<S>, ctx: TaskContext) => Promise<void>;
  options: TaskOptions;
}

/** Declares a task; list it in `jobs/tasks.ts` so that workers run it and `enqueue` accepts it. */
export function defineTask<S extends z.ZodType>(
  name: string,
  payloadSchema: S,
  run: (payload: z.output<S>, ctx: TaskContext) => Promise<void>,
  options: TaskOptions = {},
): TaskDefinition<S> {
  return { name, payloadSchema, run, options };
}

/** A recurring job: a task added at the times a crontab line names (minute hour day month weekday). */
export interface ScheduleDefinition {
  crontab: string;
  taskName: string;
  payload: Record<string, unknown>;
}

/** Declares a recurring job (`'0 2 * * *'`: every day at 02:00 in the worker's time zone); list it in tasks.ts. */
export function defineSchedule(
  crontab: string,
  taskName: string,
  payload: Record<string, unknown> = {},
): ScheduleDefinition {
  return { crontab, taskName, payload };
}
