import { appendFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { defineTask } from './define.ts';

/**
 * A diagnostic task for the queue's own tests and benchmark (workers run it only with
 * `SIMPUL_JOBS_PROBE=1`): notes `jobId pid time` in a file as it starts, then waits `sleepMs`.
 */
export const probeTask = defineTask(
  'jobs.probe',
  z.object({
    log: z.string().min(1),
    sleepMs: z.number().int().min(0).max(600_000).default(0),
    /** Sleep on the first attempt only (a test kills the worker then, and the retry finishes). */
    sleepOnce: z.boolean().default(false),
  }),
  async ({ log, sleepMs, sleepOnce }, { jobId, attempt }) => {
    await appendFile(log, `${jobId} ${process.pid} ${Date.now()}\n`);
    if (sleepMs > 0 && (!sleepOnce || attempt === 1)) await sleep(sleepMs);
  },
);
