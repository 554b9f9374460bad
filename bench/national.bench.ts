/**
 * National analysis benchmark (issue 3, Speed): a synthetic national set of Sentra IKM — by default
 * 13,762 centres, 516,000 firms and 5,000,000 ties, BPS's 2020 directory count — generated straight into
 * PostgreSQL with set-based SQL, then `simpul analyze --all` run end to end as a child process (startup,
 * migrations check, set-based loading, analysis, storing) and timed.
 *
 *   node --import tsx bench/national.bench.ts [fraction=1] [batch=500]
 *   node --import tsx bench/national.bench.ts --quick    (fraction 0.02: 275 centres, 100,000 ties)
 *
 * `fraction` scales all three counts (0.1 = 1,376 centres, 51,600 firms, 500,000 ties). Uses the embedded
 * PostgreSQL under data/bench-national (port SIMPUL_PG_PORT, default 54403) and drops its database at the
 * end unless BENCH_KEEP=1 (then a second run with BENCH_REUSE=<database> skips generation).
 *
 * The network model: firms go to centres with a skewed size distribution (centre k of C gets a share
 * ∝ ((k+1)/C)^(1/1.3) − (k/C)^(1/1.3), so from ~29 firms to a few hundred); each centre's firms form two
 * associations; 85% of ties are collaboration (90% of them inside an association, maklun and
 * subcontracting handed out mostly by a few order-givers), 15% conflict (80% between the associations).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createKysely, type Db } from '../src/db/database.ts';
import { acquireEmbedded } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { benchStart, QUICK } from './report.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const FRACTION = Number(positional[0] ?? (QUICK ? 0.02 : 1));
const BATCH = positional[1] ?? '500';
const CENTERS = Math.round(13_762 * FRACTION);
const FIRMS = Math.round(516_000 * FRACTION);
const TIES = Math.round(5_000_000 * FRACTION);

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  console.log(`  ${label}: ${seconds(started)} s`);
}

/** Fills an empty, migrated database with the synthetic national set. */
async function generate(db: Db): Promise<void> {
  // A throwaway database: no audit rows or version bumps for the generated rows (as a restore would).
  await sql`SET session_replication_role = replica`.execute(db);
  await timed('centres', () =>
    sql`
      INSERT INTO centers (id, name, main_product, commodity_group, origin, status)
      SELECT gen_random_uuid(), 'Sentra Sintetis ' || k, 'Produk ' || (k % 40), 'kerajinan', 'organic', 'recorded'
      FROM generate_series(0, ${CENTERS - 1}) k`.execute(db),
  );
  await timed('centre regions', () =>
    sql`
      WITH v AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM regions WHERE level IN ('village', 'urban_village')),
           n AS (SELECT count(*) AS total FROM v),
           c AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM centers)
      INSERT INTO center_regions (center_id, region_code)
      SELECT c.id, v.code FROM c, n JOIN v ON true WHERE v.i = (c.i * 7) % n.total`.execute(db),
  );
  // Centre k's firms are the contiguous range [lo, lo + n) of firm numbers.
  await sql`
    CREATE TEMP TABLE bench_ranges AS
    WITH c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM centers),
         s AS (SELECT id, k, greatest(5, round(${FIRMS}::float8 * (power((k + 1)::float8 / ${CENTERS}, 1 / 1.3)
                                                 - power(k::float8 / ${CENTERS}, 1 / 1.3))))::int AS n FROM c)
    SELECT id AS center_id, k, n, (sum(n) OVER (ORDER BY k) - n)::int AS lo FROM s`.execute(db);
  await timed('enterprises + memberships', async () => {
    await sql`
      CREATE TEMP TABLE bench_firms AS
      SELECT r.center_id, r.lo + j AS f, j, r.n, r.lo, gen_random_uuid() AS id
      FROM bench_ranges r, generate_series(0, r.n - 1) j`.execute(db);
    await sql`CREATE INDEX ON bench_firms (f)`.execute(db);
    await sql`
      INSERT INTO enterprises (id, name) SELECT id, 'IKM Sintetis ' || f FROM bench_firms`.execute(db);
    await sql`
      INSERT INTO center_memberships (center_id, enterprise_id, valid_from)
      SELECT center_id, id, DATE '2015-01-01' FROM bench_firms`.execute(db);
  });
  const firms = Number(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_firms`.execute(db)).rows[0]?.n,
  );
  await timed('interactions', async () => {
    await insertTies(db, TIES / firms);
    // Draws that land on the firm itself are dropped; top up once so the total is near the target.
    const made = Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM interactions`.execute(db)).rows[0]?.n,
    );
    if (made < TIES * 0.99) await insertTies(db, (TIES - made) / firms);
  });
  await sql`SET session_replication_role = origin`.execute(db);
  await timed('ANALYZE', () => sql`ANALYZE`.execute(db));
}

/**
 * Each firm starts floor(perFirm) or ceil(perFirm) ties; the other end is drawn inside its centre, in
 * its own association (same parity of j) or the other one as the sign requires.
 */
async function insertTies(db: Db, perFirm: number): Promise<void> {
  await sql`
      INSERT INTO interactions (center_id, from_enterprise_id, to_enterprise_id, type, valence, start_date,
                                formality, reported_by, confidence, confidential)
      SELECT t.center_id, src.id, dst.id, t.type, t.valence, DATE '2015-01-01' + (t.f * 7 + t.s) % 3000,
             'oral', 'one_party', 'reported', t.valence = 'conflict'
      FROM (
        SELECT b.center_id, b.f, s, b.lo, b.n, x.type, x.valence,
               -- maklun and subcontracting: the source is one of a few order-givers (low j, cubed draw)
               CASE WHEN x.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT') THEN floor(b.n * power(random(), 3))::int ELSE b.j END AS sj,
               random() AS r, x.same
        FROM bench_firms b,
             generate_series(1, floor(${perFirm} + random())::int) s,
             LATERAL (SELECT CASE WHEN u < 0.85 THEN 'collaboration' ELSE 'conflict' END AS valence, u, random() AS v,
                             random() < CASE WHEN u < 0.85 THEN 0.9 ELSE 0.2 END AS same
                      FROM (SELECT random() + s * 0 + b.f * 0 AS u) q) y,
             LATERAL (SELECT y.valence, y.same,
                             CASE WHEN y.valence = 'conflict'
                                  THEN (ARRAY['PRICE_UNDERCUTTING', 'DESIGN_COPYING', 'WORKER_POACHING', 'BUYER_POACHING'])[1 + floor(y.v * 4)::int]
                                  ELSE (ARRAY['TOLL_MANUFACTURING', 'TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING', 'MATERIAL_SUPPLY', 'KNOWLEDGE_SHARING'])[1 + floor(y.v * 6)::int]
                             END AS type) x
      ) t
      JOIN bench_firms src ON src.f = t.lo + t.sj
      JOIN bench_firms dst ON dst.f = t.lo + (
             -- same association: same parity as the source; otherwise the other parity
             ((2 * floor(t.r * ceil(t.n / 2.0))::int + (CASE WHEN t.same THEN t.sj % 2 ELSE 1 - t.sj % 2 END)) % t.n))
      WHERE src.id <> dst.id`.execute(db);
}

/**
 * Runs `simpul analyze --all` as a user would; under /usr/bin/time when present, so the CPU seconds of
 * the Simpul process (not PostgreSQL's) are reported beside the wall-clock time, which on a shared
 * machine depends on the load.
 */
function runAnalyzeAll(url: string): Promise<{ code: number; stderr: string; ms: number }> {
  const started = performance.now();
  const cli = [path.resolve('bin/simpul'), 'analyze', '--all', '--batch', BATCH, '--lang', 'en'];
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
      console.log(`Generating ${CENTERS} centres, ~${FIRMS} firms, ~${TIES} ties (fraction ${FRACTION})`);
      const started = performance.now();
      await generate(db);
      console.log(`Generated in ${seconds(started)} s`);
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
        SELECT result->'pattern'->>'code' AS code, count(*) AS c FROM center_analyses GROUP BY 1) p`.execute(
      db,
    );
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
