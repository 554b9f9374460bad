import type { FastifyInstance } from 'fastify';
import { Gauge, Histogram, Registry } from 'prom-client';
import { type Db, poolStats } from '../db/database.ts';
import { queueHealth } from '../jobs/jobs.service.ts';
import { storedBodyStats } from '../networks/view/body-cache.ts';

/**
 * One app's own metrics: HTTP latency by route pattern, its connection pool, and the job queue (read from
 * the database at scrape time, in the one cheap query the health route uses).
 */
export function appRegistry(app: FastifyInstance, db: Db): Registry {
  const registry = new Registry();
  const latency = new Histogram({
    name: 'simpul_http_request_duration_seconds',
    help: 'Seconds from request to response, by method, route pattern and status class (2xx, 4xx, …).',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', (request, reply, done) => {
    // The pattern (`/api/centers/:id`), never the URL: no ids in labels, and a bounded number of series.
    const route = request.routeOptions.url ?? 'unmatched';
    const statusClass = `${Math.floor(reply.statusCode / 100)}xx`;
    latency.observe({ method: request.method, route, status_class: statusClass }, reply.elapsedTime / 1000);
    done();
  });

  new Gauge({
    name: 'simpul_db_pool_connections',
    help: "The app's PostgreSQL connection pool: total, idle, and requests waiting for a connection.",
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = poolStats(db);
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });

  new Gauge({
    name: 'simpul_stored_bodies',
    help: 'Stored network and analysis answers of this process: bodies and bytes held, bodies let go (least recently used first) since the start.',
    labelNames: ['measure'] as const,
    registers: [registry],
    collect() {
      const stats = storedBodyStats();
      this.set({ measure: 'bodies' }, stats.bodies);
      this.set({ measure: 'bytes' }, stats.bytes);
      this.set({ measure: 'evicted' }, stats.evicted);
    },
  });

  const queue = { waiting: 0, oldest: 0, workers: 0, failed: 0 };
  let read: Promise<void> | undefined;
  // The four gauges share one query per scrape: the first to collect starts it, the others await it.
  const readQueue = () => {
    read ??= queueHealth(db)
      .then((health) => {
        queue.waiting = health.waiting;
        queue.oldest = health.oldestWaitingSeconds ?? 0;
        queue.workers = health.workers;
        queue.failed = health.failedLastDay;
      })
      .finally(() => {
        read = undefined;
      });
    return read;
  };
  const queueGauge = (name: string, help: string, value: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        await readQueue();
        this.set(value());
      },
    });
  queueGauge('simpul_jobs_waiting', 'Jobs due and not yet taken by a worker.', () => queue.waiting);
  queueGauge(
    'simpul_jobs_oldest_waiting_seconds',
    'Seconds the oldest due job has waited (0: none waiting).',
    () => queue.oldest,
  );
  queueGauge('simpul_job_workers', 'Worker processes seen alive in the last minute.', () => queue.workers);
  queueGauge('simpul_jobs_failed_last_day', 'Jobs that failed for good in the last day.', () => queue.failed);
  return registry;
}
