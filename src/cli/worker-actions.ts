// `simpul worker`: job workers as a process of their own (loaded when it runs; main.ts registers it).
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { startWorkers } from '../jobs/runner.ts';
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
};

/**
 * Runs job workers on the database (embedded or `DATABASE_URL`) until SIGTERM/SIGINT, then lets running
 * jobs finish within the shutdown grace, stops, releases the embedded PostgreSQL and exits 0.
 */
export async function workerCommand(options: { concurrency: string }): Promise<void> {
  const concurrency = Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new Error(words(W.badConcurrency));
  const config = loadConfig();
  const database = await openDatabase(config, { applicationName: `simpul-worker-${process.pid}`, log: say });
  await prepareDatabase(database);
  const workers = await startWorkers(database.connectionString, { concurrency });
  say(words(W.started, { concurrency, mode: database.mode }));
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      say(words(W.stopping, { signal, seconds: config.shutdownGraceSeconds }));
      void workers
        .stop(config.shutdownGraceSeconds * 1000)
        .then(() => database.close())
        .finally(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  say(words(W.stopped));
  process.exit(0);
}
