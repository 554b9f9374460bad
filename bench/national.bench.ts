/**
 * National analysis benchmark (issue 3, Speed): the national synthetic set of `simpul demo --national`
 * (src/demo/national/) — by default 13,762 centres, ~516,000 firms and ~5,000,000 ties, BPS's 2020
 * directory count — written with COPY, then `simpul analyze --all --local` (one process) run end to end as a child process
 * (startup, migrations check, set-based loading, analysis, storing) and timed.
 *
 *   node --import tsx bench/national.bench.ts [fraction=1] [batch=500]
 *   node --import tsx bench/national.bench.ts --quick    (fraction 0.02: 275 centres, 100,000 ties)
 *
 * `fraction` is the generator's scale, 0.01..1 (0.1 = 1,376 centres, ~51,600 firms, ~500,000 ties). Uses the embedded
 * PostgreSQL under data/bench-national (port SIMPUL_PG_PORT, default 54403) and drops its database at the
 * end unless BENCH_KEEP=1 (then a second run with BENCH_REUSE=<database> skips generation).
 *
 * The network model is the generator's (src/demo/national/national-ties.ts): heavy-tailed centre sizes
 * (5..1,500 firms), associations, order-givers handing out maklun and subcontracting, brokers across
 * associations, 85% collaboration and conflicts clustered between two rival associations.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createKysely } from '../src/db/database.ts';
import { acquireEmbedded } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEFAULT_DEMO_SEED } from '../src/demo/demo-seed.ts';
import { loadNational } from '../src/demo/national/national.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { benchStart, QUICK } from './report.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const FRACTION = Number(positional[0] ?? (QUICK ? 0.02 : 1));
const BATCH = positional[1] ?? '500';

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/**
 * Runs `simpul analyze --all` as a user would; under /usr/bin/time when present, so the CPU seconds of
 * the Simpul process (not PostgreSQL's) are reported beside the wall-clock time, which on a shared
 * machine depends on the load.
 */
function runAnalyzeAll(url: string): Promise<{ code: number; stderr: string; ms: number }> {
  const started = performance.now();
  const cli = [path.resolve('bin/simpul'), 'analyze', '--all', '--local', '--batch', BATCH, '--lang', 'en'];
  const timed = existsSync('/usr/bin/time');
  const [command, ...args] = timed
    ? ['/usr/bin/time', '-f', 'CPU of the simpul process: user %U s, system %S s', ...cli]
    : cli;
  return new Promise((resolve) => {
    execFile(
      command as string,
      args,
      { env: { ...process.env, DATABASE_URL: url }, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr, ms: performance.now() - started }),
    );
  });
}

/** ", CPU 4.5 s" from /usr/bin/time's line (less sensitive to other work on the machine than wall time). */
function cpuOf(stderr: string): string {
  const match = /user ([\d.]+) s, system ([\d.]+) s/.exec(stderr);
  return match ? `, CPU ${(Number(match[1]) + Number(match[2])).toFixed(1)} s` : '';
}

async function main(): Promise<void> {
  // `simpul analyze --all` is timed as users run it: the compiled CLI, built first when stale.
  execFileSync(process.execPath, [path.resolve('scripts/build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  const report = benchStart();
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? 'data/bench-national');
  const port = Number(process.env.SIMPUL_PG_PORT ?? 54403);
  const embedded = await acquireEmbedded(dataDir, port, (m) => console.log(m));
  const reuse = process.env.BENCH_REUSE;
  const name = reuse ?? `simpul_national_${process.pid}`;
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
    console.log(`Database: ${name} (data folder ${dataDir})`);
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load ${load()}`,
    );
    if (!reuse) {
      await migrateToLatest(db);
      await ensureRegions(db);
      const started = performance.now();
      const made = await loadNational(db, { scale: FRACTION, seed: DEFAULT_DEMO_SEED });
      console.log(
        `Generated ${made.centers} centres, ${made.enterprises} firms, ${made.ties} ties (scale ${FRACTION}) in ${seconds(started)} s`,
      );
    }
    const counts = await sql<{ centers: number; firms: number; ties: number; largest: number }>`
      SELECT (SELECT count(*)::int FROM centers) AS centers, (SELECT count(*)::int FROM enterprises) AS firms,
             (SELECT count(*)::int FROM interactions) AS ties,
             (SELECT max(c)::int FROM (SELECT count(*) AS c FROM center_memberships GROUP BY center_id) m) AS largest`.execute(
      db,
    );
    console.log(`Data: ${JSON.stringify(counts.rows[0])}`);
    await sql`TRUNCATE center_analyses`.execute(db);
    console.log(`simpul analyze --all --batch ${BATCH} (load before: ${load()})`);
    const run = await runAnalyzeAll(url.toString());
    const lines = run.stderr.trim().split('\n');
    console.log(`  exit ${run.code}; ${lines.slice(-3).join(' | ')}`);
    console.log(`  end to end: ${(run.ms / 1000).toFixed(1)} s (load after: ${load()})`);
    const data = counts.rows[0]!;
    report.headline({
      what: `simpul analyze --all, ${data.centers.toLocaleString('en')} centres / ${data.ties.toLocaleString('en')} ties, end to end`,
      ours: `${(run.ms / 1000).toFixed(1)} s${cpuOf(run.stderr)}`,
      reference: '—',
      ratio: `${Math.round(data.centers / (run.ms / 1000))} centres/s${run.code === 0 ? '' : ` (exit ${run.code})`}`,
    });
    const stored = await sql<{ n: number; patterns: unknown }>`
      SELECT sum(c)::int AS n, jsonb_object_agg(code, c) AS patterns FROM (
        SELECT pattern_code AS code, count(*) AS c FROM center_analyses GROUP BY 1) p`.execute(db);
    console.log(`  stored: ${JSON.stringify(stored.rows[0])}`);
    const inexact = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM center_analyses WHERE (result->'indicators'->>'frustrationExact')::boolean = false`.execute(
      db,
    );
    console.log(`  centres with an inexact frustration index: ${inexact.rows[0]?.n}`);
  } finally {
    await db.destroy();
    if (!process.env.BENCH_KEEP && !reuse)
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await embedded.release();
    report.end();
  }
}

await main();
