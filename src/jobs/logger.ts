import { Logger } from 'graphile-worker';
import type pg from 'pg';

/** graphile-worker's logger: errors only, one line each (the job's own error is kept on the job). */
export const silentLogger = new Logger(() => (level, message) => {
  if (level === 'error') process.stderr.write(`[jobs] ${message.split('\n')[0]}\n`);
});

/**
 * A lost session of an idle client is already handled by the pool; without listeners pg would throw it
 * (and graphile-worker warns that none are set).
 */
export function quietPool(pool: pg.Pool): void {
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
}
