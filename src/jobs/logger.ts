import { Logger } from 'graphile-worker';
import type pg from 'pg';
import { type DestinationStream, type Logger as Pino, pino } from 'pino';
import { logOptions } from '../observability/log-options.ts';

/** A worker process's log: JSON lines like the app's, quiet by default (`LOG_LEVEL`, default warn). */
export type JobLog = Pino;

/** The worker's logger at `level`, to standard error or to `destination` (tests read it there). */
export function jobLog(level: string, destination?: DestinationStream): JobLog {
  const options = { ...logOptions(level), base: { pid: process.pid, name: 'simpul-worker' } };
  return destination ? pino(options, destination) : pino(options, pino.destination({ dest: 2, sync: true }));
}

/** The default worker log: errors and warnings only, unless `LOG_LEVEL` asks for more. */
export const defaultJobLog: JobLog = jobLog(process.env.LOG_LEVEL || 'warn');

/** graphile-worker's own messages as lines of `log`: its errors only (a job's own error is kept on the job). */
export function graphileLogger(log: JobLog): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error') log.error({ source: 'graphile-worker' }, message.split('\n')[0] ?? '');
  });
}

/** graphile-worker's logger for its schema installation: errors only, as JSON lines of the default log. */
export const silentLogger = graphileLogger(defaultJobLog);

/**
 * A lost session of an idle client is already handled by the pool; without listeners pg would throw it
 * (and graphile-worker warns that none are set).
 */
export function quietPool(pool: pg.Pool): void {
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
}
