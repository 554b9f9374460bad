import { z } from 'zod';
import { IsoDateTimeSchema } from '../shared/dates.ts';

/** Where a job is: due or waiting for its time, being run, out of attempts (or cancelled), or finished. */
export const JobStateSchema = z.enum(['waiting', 'running', 'failed', 'done']);
export type JobState = z.infer<typeof JobStateSchema>;

/** One job of the queue, as the admin screen and `simpul jobs list` show it. */
export const JobSchema = z.object({
  id: z.string().describe('The job number'),
  task: z.string().describe('The kind of job (its task name)'),
  key: z.string().nullable().describe('Its key: a newer job of the same key replaces a pending one'),
  state: JobStateSchema,
  attempts: z.number().int().describe('Runs so far'),
  maxAttempts: z.number().int().describe('Runs before it stays failed'),
  error: z.string().nullable().describe('The last error, in the reader’s language when Simpul wrote it'),
  runAt: IsoDateTimeSchema.nullable().describe('When it is due (waiting jobs; after a failure, the retry)'),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema.describe('Last change: added, started, failed or finished'),
});
export type Job = z.infer<typeof JobSchema>;

/** Which jobs to list. */
export const JobListQuerySchema = z
  .object({
    status: JobStateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type JobListQuery = z.infer<typeof JobListQuerySchema>;

/** The queue at a glance (also in `GET /api/health`). */
export const QueueHealthSchema = z.object({
  workers: z.number().int().describe('Worker processes seen in the last minute'),
  waiting: z.number().int().describe('Jobs due and not yet started'),
  oldestWaitingSeconds: z.number().nullable().describe('How long the oldest due job has waited'),
  failedLastDay: z.number().int().describe('Jobs that ran out of attempts in the last 24 hours'),
});
export type QueueHealth = z.infer<typeof QueueHealthSchema>;
