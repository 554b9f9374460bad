import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseCronItems, run, type TaskList, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import { createKysely } from '../db/database.ts';
import { pgSettings } from '../db/multi-host.ts';
import { startHeartbeat } from './heartbeat.ts';
import { defaultJobLog, graphileLogger, type JobLog, quietPool } from './logger.ts';
import { knownTasks } from './registry.ts';
import { toGraphileTask } from './run-task.ts';
import { SCHEDULES } from './tasks.ts';

/** A running set of workers in this process. */
export interface WorkerProcess {
  /** Its application name in `pg_stat_activity` and its row in `job_workers`. */
  id: string;
  /**
   * Lets running jobs finish (graphile-worker's graceful stop) for up to `graceMs`, then closes the
   * connections; a job cut off this way rolls back and another worker runs it again.
   */
  stop(graceMs?: number): Promise<void>;
}

/** How workers run. */
export interface WorkerOptions {
  /** Jobs run at once by this process. */
  concurrency: number;
  /** How often an idle worker looks for due jobs besides LISTEN/NOTIFY (ms; graphile-worker's default 2 s). */
  pollInterval?: number;
  /** Where job lines go (JSON; default: standard error at `LOG_LEVEL`, warn by default). */
  log?: JobLog;
}

/**
 * Starts `concurrency` workers on the database at `connectionString`, running every task of the registry
 * and the recurring jobs. All its sessions are named `simpul-worker-<pid>-<random>`: the embedded
 * server counts them as Simpul clients, and other workers see from them whether this process is alive.
 */
export async function startWorkers(connectionString: string, options: WorkerOptions): Promise<WorkerProcess> {
  const id = `simpul-worker-${process.pid}-${randomBytes(3).toString('hex')}`;
  const db = createKysely(connectionString, { applicationName: id, poolSize: options.concurrency + 1 });
  const pool = new pg.Pool(
    pgSettings({ connectionString, application_name: id, max: options.concurrency + 3 }),
  );
  quietPool(pool);
  const tasks = knownTasks();
  const log = (options.log ?? defaultJobLog).child({ worker: id });
  const taskList: TaskList = Object.fromEntries(tasks.map((t) => [t.name, toGraphileTask(t, db, log)]));
  const events: WorkerEvents = new EventEmitter() as WorkerEvents;
  const workerIds = new Set<string>();
  // Jobs are locked by the worker pool's id (graphile-worker 0.17 locks per pool, not per worker).
  events.on('pool:create', ({ workerPool }) => workerIds.add(workerPool.id));
  const runner = await run({
    pgPool: pool,
    taskList,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 2000,
    logger: graphileLogger(log),
    events,
    parsedCronItems: parseCronItems(
      SCHEDULES.map((s) => ({
        task: s.taskName,
        match: s.crontab,
        payload: s.payload,
        identifier: s.taskName,
      })),
    ),
  });
  const heartbeat = startHeartbeat(db, {
    id,
    workerIds: () => [...workerIds],
    concurrency: options.concurrency,
    knownTasks: tasks.map((t) => t.name),
  });
  let stopped: Promise<void> | undefined;
  return {
    id,
    stop: (graceMs = 30_000) => {
      stopped ??= (async () => {
        const timer = new AbortController();
        await Promise.race([
          runner.stop().catch(() => {}),
          sleep(graceMs, undefined, { signal: timer.signal }).catch(() => {}),
        ]);
        timer.abort();
        await heartbeat.stop();
        await db.destroy();
        await pool.end();
      })();
      return stopped;
    },
  };
}
