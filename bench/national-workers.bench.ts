/**
 * National recompute on the job queue (#22 item 2): on the national synthetic set of
 * `simpul demo --national` (src/demo/national/),
 * the same recompute timed three ways in one run — in one process (`simpul analyze --all --local`), with
 * one `simpul worker` process and with two — each end to end from spawning the processes to
 * `simpul analyze --all` returning (it follows the run to its end). Reports centres/s and the 1 → 2 workers
 * scaling; checks that every centre was stored once and none failed.
 *
 *   npm run bench:national-workers -- [fraction=1] [chunk=auto] [concurrency=2]
 *   npm run bench:national-workers -- --quick          (fraction 0.02: 275 centres, 100,000 ties)
 *
 * Embedded PostgreSQL under data/bench-national-workers on SIMPUL_PG_PORT (default 55121); the database is
 * dropped at the end unless BENCH_KEEP=1 (then BENCH_REUSE=<database> skips generation next time);
 * BENCH_RUNS=2 times only the two-worker run (0: one process, 1: one worker).
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { createKysely, type Db } from '../src/db/database.ts';
import { acquireEmbedded } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEFAULT_DEMO_SEED } from '../src/demo/demo-seed.ts';
import { loadNational } from '../src/demo/national/national.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { cpuSeconds } from './cpu-times.ts';
import { benchStart, QUICK } from './report.ts';
import { settle } from './scratch-database.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const FRACTION = Number(positional[0] ?? (QUICK ? 0.02 : 1));
const CHUNK = positional[1] ?? 'auto';
const CONCURRENCY = positional[2] ?? '2';
const SIZE = {
  centers: Math.round(13_762 * FRACTION),
  firms: Math.round(516_000 * FRACTION),
  ties: Math.round(5_000_000 * FRACTION),
};
const BIN = path.resolve('bin/simpul');
const ALL_RUNS = [
  [0, 'in one process (--local)'],
  [1, '1 worker process'],
  [2, '2 worker processes'],
] as const;
/** BENCH_RUNS=2 (or 0,2 …): only those runs, by worker count; the scaling line needs all three. */
const RUNS = process.env.BENCH_RUNS
  ? ALL_RUNS.filter(([workers]) => (process.env.BENCH_RUNS as string).split(',').includes(String(workers)))
  : ALL_RUNS;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/** Runs the CLI to its end; resolves with its exit code, stderr and wall time. */
function simpul(url: string, args: string[]): Promise<{ code: number; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      BIN,
      [...args, '--lang', 'en'],
      { env: { ...process.env, DATABASE_URL: url }, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr, ms: performance.now() - started }),
    );
  });
}

/** Starts `simpul worker`; resolves once it says it runs. */
function worker(url: string, children: ChildProcess[]): Promise<void> {
  const child = spawn(BIN, ['worker', '--concurrency', CONCURRENCY, '--lang', 'en'], {
    env: { ...process.env, DATABASE_URL: url, SIMPUL_SHUTDOWN_GRACE_SECONDS: '5' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let said = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Job workers running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${said}`)));
  });
}

/** Until the heartbeat of `n` workers is recorded (the CLI refuses to queue when it sees none). */
async function workersSeen(db: Db, n: number): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job_workers`.execute(db);
    if ((rows[0]?.n ?? 0) >= n) return;
    await sleep(20);
  }
}

/** One timed recompute from an empty result table: `workers` processes (0: in this process). */
async function recompute(db: Db, url: string, workers: number): Promise<{ seconds: number; code: number }> {
  await sql`TRUNCATE center_analyses`.execute(db);
  const children: ChildProcess[] = [];
  const started = performance.now();
  try {
    let run: { code: number; stderr: string };
    if (workers === 0) {
      run = await simpul(url, ['analyze', '--all', '--local']);
    } else {
      await Promise.all(Array.from({ length: workers }, () => worker(url, children)));
      await workersSeen(db, workers);
      run = await simpul(url, ['analyze', '--all', ...(CHUNK === 'auto' ? [] : ['--chunk', CHUNK])]);
    }
    const seconds = (performance.now() - started) / 1000;
    const lines = run.stderr.trim().split('\n');
    console.log(`  exit ${run.code}; ${lines.slice(-2).join(' | ')}`);
    return { seconds, code: run.code };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
    );
  }
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.resolve('scripts/build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  const report = benchStart();
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? 'data/bench-national-workers');
  const embedded = await acquireEmbedded(dataDir, Number(process.env.SIMPUL_PG_PORT ?? 55121), console.log);
  const reuse = process.env.BENCH_REUSE;
  const name = reuse ?? `simpul_natw_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: embedded.adminConnectionString });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  if (!reuse) await admin(`CREATE DATABASE ${name}`);
  const url = new URL(embedded.adminConnectionString);
  url.pathname = `/${name}`;
  const db = createKysely(url.toString(), { applicationName: 'simpul-bench', poolSize: 2 });
  try {
    if (!reuse) {
      await migrateToLatest(db);
      await ensureRegions(db);
      console.log(`Generating ${SIZE.centers} centres, ~${SIZE.firms} firms, ~${SIZE.ties} ties`);
      await loadNational(db, { scale: FRACTION, seed: DEFAULT_DEMO_SEED });
      // The load queues one analysis refresh per centre, as the triggers would; the recompute timed here
      // is the run's, so those are taken off the queue rather than done a second time by the workers.
      await sql`SELECT count(graphile_worker.remove_job('analysis:' || id)) FROM centers`.execute(db);
      await settle(db);
    }
    const { rows } = await sql<{ centers: number; ties: number }>`
      SELECT (SELECT count(*)::int FROM centers) AS centers, (SELECT count(*)::int FROM interactions) AS ties`.execute(
      db,
    );
    const data = rows[0] as { centers: number; ties: number };
    console.log(`Data: ${JSON.stringify(data)}; chunk ${CHUNK}, worker concurrency ${CONCURRENCY}`);
    const timings: number[] = [];
    for (const [workers, label] of RUNS) {
      console.log(`${label} (load before: ${load()})`);
      const before = cpuSeconds();
      const { seconds, code } = await recompute(db, url.toString(), workers);
      const after = cpuSeconds();
      console.log(
        `  CPU: Simpul processes ${(after.children - before.children).toFixed(1)} s, PostgreSQL ${(after.postgres - before.postgres).toFixed(1)} s`,
      );
      const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM center_analyses`.execute(db);
      const n = stored.rows[0]?.n ?? 0;
      timings.push(seconds);
      console.log(`  ${seconds.toFixed(1)} s, ${Math.round(data.centers / seconds)} centres/s, stored ${n}`);
      report.headline({
        what: `national recompute ${label}, ${data.centers.toLocaleString('en')} centres / ${data.ties.toLocaleString('en')} ties, end to end`,
        ours: `${seconds.toFixed(1)} s`,
        reference:
          workers === 0 || RUNS[0]?.[0] !== 0 ? '—' : `${(timings[0] as number).toFixed(1)} s in one process`,
        ratio: `${Math.round(data.centers / seconds)} centres/s${n === data.centers && code === 0 ? '' : ` (stored ${n}, exit ${code})`}`,
      });
    }
    if (RUNS.length === 3) {
      const [local, one, two] = timings as [number, number, number];
      console.log(
        `Scaling: 1 → 2 workers ${(one / two).toFixed(2)}×; 2 workers vs one process ${(local / two).toFixed(2)}× (load after: ${load()})`,
      );
    }
  } finally {
    await db.destroy();
    if (!process.env.BENCH_KEEP && !reuse)
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await embedded.release();
    report.end();
  }
}

await main();
