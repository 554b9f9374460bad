import type { Db } from '../db/database.ts';
import { tr } from '../shared/lang.ts';
import { JobError } from './job-error.ts';
import { failJobs, findUnknownTaskJobs } from './jobs.repo.ts';
import { JOB_MESSAGES as M } from './messages.ts';
import { beat, forgetWorker, takeDeadWorkers, unlockWorkers } from './workers.repo.ts';

/** How often a worker process says it is alive and looks after the others. */
export const BEAT_MS = 5_000;
/** A process without a connected session and silent this long is dead; its jobs are released. */
const QUIET_SECONDS = 8;

/** What the heartbeat needs to know of its process. */
export interface HeartbeatOf {
  id: string;
  workerIds: () => string[];
  concurrency: number;
  knownTasks: readonly string[];
}

/**
 * Every `BEAT_MS`: records this process as alive (the health route counts the workers seen), releases
 * the jobs of dead worker processes (a `kill -9` leaves them locked, and graphile-worker alone would wait
 * four hours), and fails waiting jobs of a task no worker here knows, with a clear error.
 */
export function startHeartbeat(db: Db, of: HeartbeatOf): { stop(): Promise<void> } {
  let running = Promise.resolve();
  const tick = () => {
    running = running.then(() => once(db, of)).catch(() => {}); // a missed beat is made up by the next one
  };
  tick();
  const timer = setInterval(tick, BEAT_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await forgetWorker(db, of.id).catch(() => {});
    },
  };
}

async function once(db: Db, of: HeartbeatOf): Promise<void> {
  await beat(db, of.id, of.workerIds(), of.concurrency);
  await unlockWorkers(db, await takeDeadWorkers(db, QUIET_SECONDS));
  const unknown = await findUnknownTaskJobs(db, of.knownTasks);
  for (const job of unknown) {
    const params = { name: job.task };
    const error = new JobError({ id: tr(M.unknownTask, params, 'id'), en: tr(M.unknownTask, params, 'en') });
    await failJobs(db, [job.id], error.message);
  }
}
