// `simpul worker`: job workers as a process of their own (loaded when it runs; main.ts registers it).
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { startWorkers } from '../jobs/runner.ts';
import { type MetricsServer, serveMetrics } from '../observability/metrics-server.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { prepareDatabase } from './runtime.ts';

const W = {
  started: {
    id: 'Pekerja antrean berjalan ({concurrency} tugas sekaligus, basis data: {mode}); Ctrl-C untuk berhenti',
    en: 'Job workers running ({concurrency} jobs at once, database: {mode}); Ctrl-C to stop',
  },
  stopping: {
    id: '{signal}: berhenti; tugas yang berjalan diberi {seconds} detik',
    en: '{signal}: stopping; running jobs get {seconds} s',
  },
  stopped: { id: 'Pekerja antrean berhenti.', en: 'Job workers stopped.' },
  badConcurrency: {
    id: '--concurrency harus bilangan bulat 1–64.',
    en: '--concurrency must be a whole number from 1 to 64.',
  },
  badMetricsPort: {
    id: '--metrics-port harus nomor port 1–65535.',
    en: '--metrics-port must be a port number from 1 to 65535.',
  },
  noMetricsToken: {
    id: '--metrics-port perlu SIMPUL_METRICS_TOKEN (minimal 16 karakter): metrik tidak disajikan tanpa token.',
    en: '--metrics-port needs SIMPUL_METRICS_TOKEN (at least 16 characters): metrics are not served without a token.',
  },
  metrics: {
    id: 'Metrik Prometheus: http://{host}:{port}/metrics (Authorization: Bearer SIMPUL_METRICS_TOKEN)',
    en: 'Prometheus metrics: http://{host}:{port}/metrics (Authorization: Bearer SIMPUL_METRICS_TOKEN)',
  },
};

/**
 * Runs job workers on the database (embedded or `DATABASE_URL`) until SIGTERM/SIGINT, then lets running
 * jobs finish within the shutdown grace, stops, releases the embedded PostgreSQL and exits 0.
 */
export async function workerCommand(options: { concurrency: string; metricsPort?: string }): Promise<void> {
  const concurrency = Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new Error(words(W.badConcurrency));
  const metricsPort = options.metricsPort === undefined ? undefined : Number(options.metricsPort);
  if (
    metricsPort !== undefined &&
    !(Number.isInteger(metricsPort) && metricsPort >= 1 && metricsPort <= 65535)
  )
    throw new Error(words(W.badMetricsPort));
  const config = loadConfig();
  if (metricsPort !== undefined && !config.metricsToken) throw new Error(words(W.noMetricsToken));
  const database = await openDatabase(config, { applicationName: `simpul-worker-${process.pid}`, log: say });
  await prepareDatabase(database);
  const workers = await startWorkers(database.connectionString, { concurrency });
  let metrics: MetricsServer | undefined;
  if (metricsPort !== undefined && config.metricsToken) {
    metrics = await serveMetrics(config.host, metricsPort, config.metricsToken);
    say(words(W.metrics, { host: config.host, port: metrics.port }));
  }
  say(words(W.started, { concurrency, mode: database.mode }));
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      say(words(W.stopping, { signal, seconds: config.shutdownGraceSeconds }));
      void Promise.all([metrics?.close(), workers.stop(config.shutdownGraceSeconds * 1000)])
        .then(() => database.close())
        .finally(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  say(words(W.stopped));
  process.exit(0);
}
