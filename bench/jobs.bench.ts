/**
 * The job queue: 10,000 jobs enqueued in one transaction and run by two `simpul worker` processes
 * (throughput, and the wait from enqueue to start under that backlog), then jobs enqueued one by one at an
 * idle queue (p95 latency from enqueue to start). Each job is the diagnostic probe (`jobs.probe`): its
 * transaction and "done" mark, a line in a log — what every task pays before its own work.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { inTransaction } from '../src/db/database.ts';
import { addJob } from '../src/jobs/jobs.repo.ts';
import { benchStart, QUICK } from './report.ts';
import { openScratchDatabase } from './scratch-database.ts';

const JOBS = QUICK ? 2_000 : 10_000;
const IDLE_JOBS = QUICK ? 100 : 300;
const CONCURRENCY = 4;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** The probe log: job id → start time (ms). */
function starts(log: string): Map<string, number> {
  const result = new Map<string, number>();
  let text = '';
  try {
    text = readFileSync(log, 'utf8');
  } catch {}
  for (const line of text.split('\n').filter(Boolean)) {
    const [job = '', , at = '0'] = line.split(' ');
    if (!result.has(job)) result.set(job, Number(at));
  }
  return result;
}

async function worker(url: string): Promise<ChildProcess> {
  const child = spawn(
    path.resolve('bin/simpul'),
    ['worker', '--concurrency', String(CONCURRENCY), '--lang', 'en'],
    {
      env: { ...process.env, DATABASE_URL: url, SIMPUL_JOBS_PROBE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let said = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Job workers running')) resolve();
    });
    child.once('exit', () => reject(new Error(`worker exited: ${said}`)));
  });
  return child;
}

async function main(): Promise<void> {
  const report = benchStart();
  const scratch = await openScratchDatabase('jobs', 54405);
  const { db, url } = scratch;
  const workers: ChildProcess[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-jobs-'));
  try {
    workers.push(await worker(url), await worker(url));
    // 1. A backlog: every job added in one transaction, then run by 2 processes × 4.
    const log = path.join(dir, 'backlog.log');
    const enqueued = new Map<string, number>();
    const t0 = performance.now();
    await inTransaction(db, async (trx) => {
      for (let i = 0; i < JOBS; i++) enqueued.set(await addJob(trx, 'jobs.probe', { log }, {}), 0);
    });
    const committedAt = Date.now();
    const enqueueMs = performance.now() - t0;
    while (starts(log).size < JOBS) await sleep(50);
    const done = async () =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM jobs_done`.execute(db)).rows[0]?.n ?? 0;
    while ((await done()) < JOBS) await sleep(50);
    const seconds = (performance.now() - t0 - enqueueMs) / 1000;
    const waits = [...starts(log).values()].map((at) => at - committedAt).sort((a, b) => a - b);
    console.log(`Enqueued ${JOBS} jobs in one transaction in ${enqueueMs.toFixed(0)} ms`);
    console.log(`Ran ${JOBS} jobs in ${seconds.toFixed(2)} s with 2 worker processes × ${CONCURRENCY}`);
    console.log(`Backlog wait to start: p50 ${percentile(waits, 0.5)} ms, p95 ${percentile(waits, 0.95)} ms`);
    const rate = JOBS / seconds;
    report.headline({
      what: `job queue: ${JOBS.toLocaleString('en')} jobs, 2 worker processes × ${CONCURRENCY}`,
      ours: `${Math.round(rate).toLocaleString('en')} jobs/s`,
      reference: 'graphile-worker ~183,000 jobs/s (no-op tasks, 24 concurrent, local queue, batching)',
      ratio: `${(183_000 / rate).toFixed(0)}× slower than its best case`,
    });
    // 2. An idle queue: one job at a time, 20 ms apart (LISTEN/NOTIFY wakes a worker).
    const idleLog = path.join(dir, 'idle.log');
    const added = new Map<string, number>();
    for (let i = 0; i < IDLE_JOBS; i++) {
      const at = Date.now();
      added.set(await addJob(db, 'jobs.probe', { log: idleLog }, {}), at);
      await sleep(20);
    }
    while (starts(idleLog).size < IDLE_JOBS) await sleep(50);
    const started = starts(idleLog);
    const latencies = [...added].map(([id, at]) => (started.get(id) ?? at) - at).sort((a, b) => a - b);
    const p95 = percentile(latencies, 0.95);
    console.log(
      `Idle queue, enqueue → start: p50 ${percentile(latencies, 0.5)} ms, p95 ${p95} ms, max ${latencies.at(-1)} ms`,
    );
    report.headline({
      what: 'job queue: enqueue → start at idle, p95',
      ours: `${p95} ms`,
      reference: 'graphile-worker average 4.16 ms (max 13.84 ms)',
      ratio: `p50 ${percentile(latencies, 0.5)} ms vs 4.16 ms average`,
    });
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map(
        (w) => new Promise((resolve) => (w.exitCode !== null ? resolve(null) : w.once('exit', resolve))),
      ),
    );
    await scratch.close();
    report.end();
  }
}

await main();
