/**
 * API latency on the national dataset (issue #22, Speed: p99 < 50 ms at 100 concurrent clients for a
 * centre's network and its stored analysis).
 *
 *   npm run bench:national-api [-- scale] [--seconds 10]   (default scale 0.1: 1,376 centres; 1 = the whole country)
 *
 * Loads the national synthetic set (`simpul demo --national`'s generator) into a scratch database on the
 * embedded server (data/bench-natapi, port SIMPUL_PG_PORT, default 55341), stores every centre's analysis
 * (`analyzeCenters`, as `simpul analyze --all`), serves the app on loopback from a `simpul serve` process
 * (bin/simpul: run `npm run build:cli` first, or it runs the sources through tsx) and drives it with
 * autocannon in a child process (bench/autocannon-run.ts) as a national reader (ministry token,
 * `Accept-Encoding: br, gzip`). BENCH_REUSE=<connection string> uses a database that already holds a
 * national set instead (its analyses are brought up to date first). Requests are spread over every centre
 * in turn, never one hot centre:
 *  - a first pass that asks each centre's network and analysis once (cold: the stored bodies are built);
 *  - then, 100 concurrent clients for `--seconds` each, twice each: the network
 *    (`format=compact&tieIds=omit`, what the web asks; its first run reads every centre's versions again)
 *    and the analysis, p50 / p95 / p99 from every answer's time;
 *  - reference, same run: `/api/health` (auth, hooks, `SELECT 1`) at 100 clients, before and after;
 *  - then the whole country's overview screen, its two calls (`/api/overview`, `/api/analysis/pattern-counts`)
 *    one at a time, p50 / p95 of 30 after 3 warm-ups (issue #22's < 200 ms, with every analysis stored).
 */

import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createToken } from '../src/auth/tokens.ts';
import { createUser } from '../src/auth/users.service.ts';
import { createKysely, type Db } from '../src/db/database.ts';
import { DEFAULT_DEMO_SEED } from '../src/demo/demo-seed.ts';
import { loadNational } from '../src/demo/national/national.ts';
import { analyzeCenters } from '../src/networks/analysis/analyze-all.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { freePort, startServe } from '../test/e2e/serve-process.ts';
import { type CannonResult, cannon } from './autocannon-run.ts';
import { percentiles } from './percentiles.ts';
import { benchStart } from './report.ts';
import { openScratchDatabase, type ScratchDatabase, settle } from './scratch-database.ts';

const { values, positionals } = parseArgs({
  options: { seconds: { type: 'string', default: '10' } },
  allowPositionals: true,
});
const SCALE = Number(positionals[0] ?? 0.1);
const SECONDS = Number(values.seconds);
const CONNECTIONS = 100;
/** A database already holding a national set (e.g. one kept by `BENCH_KEEP=1 bench:national-workers`). */
const REUSE = process.env.BENCH_REUSE;

function reused(url: string): ScratchDatabase {
  const db = createKysely(url, { applicationName: 'simpul-bench-natapi' });
  return { db, url, close: () => db.destroy() };
}

async function counted(
  db: Db,
): Promise<{ centers: number; enterprises: number; ties: number; seconds: number }> {
  const { rows } = await sql<{ centers: number; enterprises: number; ties: number }>`
    SELECT (SELECT count(*)::int FROM centers) AS centers, (SELECT count(*)::int FROM enterprises) AS enterprises,
      (SELECT count(*)::int FROM interactions) AS ties`.execute(db);
  return { ...(rows[0] as { centers: number; enterprises: number; ties: number }), seconds: 0 };
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const line = (label: string, r: CannonResult) =>
  console.log(
    `  ${label.padEnd(40)} ${fmt(r.rps).padStart(6)} req/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  ` +
      `non-2xx ${r.non2xx}  errors ${r.errors}  (${fmt(r.requests)} answers; load ${load()})`,
  );

const METRICS_TOKEN = 'bench-metrics-token-of-32-characters!';

/** The server's stored network and analysis bodies (`simpul_stored_bodies`), from its /metrics. */
async function storedBodies(base: string): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  const value = (measure: string) =>
    Number(new RegExp(`simpul_stored_bodies\\{measure="${measure}"\\} (\\d+)`).exec(text)?.[1] ?? Number.NaN);
  return `${fmt(value('bodies'))} bodies, ${(value('bytes') / 1024 / 1024).toFixed(1)} MB, ${fmt(value('evicted'))} let go`;
}

async function main(): Promise<void> {
  const report = benchStart();
  const scratch = REUSE ? reused(REUSE) : await openScratchDatabase('natapi', 55341);
  const { db } = scratch;
  try {
    await ensureRegions(db);
    const made = REUSE
      ? await counted(db)
      : await loadNational(db, { scale: SCALE, seed: DEFAULT_DEMO_SEED });
    console.log(
      `${REUSE ? 'Reused' : `Generated scale ${SCALE}:`} ${fmt(made.centers)} centres, ${fmt(made.enterprises)} firms, ${fmt(made.ties)} ties in ${made.seconds.toFixed(1)} s (load ${load()})`,
    );
    const started = performance.now();
    const { total } = await analyzeCenters(db, { at: null });
    console.log(`Analysed ${fmt(total)} centres in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The load queued one refresh per centre, as the triggers would; every analysis is now stored, so they
    // are taken off the queue. Left there, the server's own job workers would work through 13,762 of them
    // during the timed runs (as they did in the figures of the morning of 2026-12-07).
    const { rows: removed } = await sql<{ n: number }>`
      SELECT count(graphile_worker.remove_job('analysis:' || id))::int AS n FROM centers`.execute(db);
    console.log(`Took ${fmt(removed[0]?.n ?? 0)} queued refreshes off the queue (every analysis is stored)`);
    await settle(db);
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM centers WHERE archived_at IS NULL ORDER BY md5(id::text)`.execute(db);
    const user = await createUser(db, {
      email: `bench-${process.pid}@simpul.example`,
      displayName: 'Bench',
      role: 'ministry',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const token = await createToken(db, user.id, { name: 'bench', access: 'read' });
    // The server is a `simpul serve` process of its own, as deployed: served from this process, whose
    // heap had just generated and analysed the whole country, `/api/health` answered at a fifth of its rate.
    const port = await freePort();
    const server = await startServe(
      {
        ...process.env,
        DATABASE_URL: scratch.url,
        SIMPUL_RATE_LIMIT: '100000000',
        LOG_LEVEL: 'warn',
        SIMPUL_METRICS_TOKEN: METRICS_TOKEN,
      },
      port,
    );
    const base = `http://127.0.0.1:${port}`;
    try {
      const headers = { authorization: `Bearer ${token.token}`, 'accept-encoding': 'br, gzip' };
      const networks = rows.map((r) => `/api/centers/${r.id}/network?format=compact&tieIds=omit`);
      const analyses = rows.map((r) => `/api/centers/${r.id}/analysis`);
      const run = (label: string, paths: string[], amount?: number) =>
        cannon(`${base}${paths[0]}`, {
          connections: CONNECTIONS,
          headers,
          paths,
          ...(amount ? { amount } : { seconds: SECONDS }),
        }).then((r) => {
          line(label, r);
          return r;
        });
      console.log(
        `autocannon, ${CONNECTIONS} clients, ${SECONDS} s a run, requests spread over ${fmt(rows.length)} centres in turn:`,
      );
      const healthBefore = await run('reference: /api/health, first', ['/api/health']);
      const coldNetwork = await run('network, first ask of each centre', networks, networks.length);
      const coldAnalysis = await run('analysis, first ask of each centre', analyses, analyses.length);
      console.log(`  stored bodies after the first asks: ${await storedBodies(base)}`);
      // The first stored run reads every centre's versions again (the cold passes took longer than the
      // versions cache trusts an entry, 60 s); the runs after it are the steady state of readers going round
      // the centres within that time (the analysis shares the network's versions).
      const networkFirst = await run('network compact, stored, versions read', networks);
      const network = await run('network compact, stored', networks);
      const analysisFirst = await run('analysis, stored', analyses);
      const analysis = await run('analysis, stored, again', analyses);
      const healthAfter = await run('reference: /api/health, last', ['/api/health']);
      console.log(`  stored bodies after the stored runs: ${await storedBodies(base)}`);
      // The overview screen of the whole country, with every centre's analysis stored: its two calls, one
      // at a time as a browser asks them (30 after 3 warm-ups each).
      const ask = (url: string) => async () => {
        const response = await fetch(`${base}${url}`, { headers });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.arrayBuffer();
      };
      for (const url of ['/api/overview', '/api/analysis/pattern-counts']) {
        const bytes = (await ask(url)()).byteLength;
        const t = await percentiles(ask(url));
        console.log(
          `  ${`${url}, whole country, one at a time`.padEnd(40)} p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  (${fmt(bytes)} B of JSON; load ${load()})`,
        );
        report.headline({
          what: `${url}, whole country (${fmt(made.centers)} centres, every analysis stored), p50 / p95`,
          ours: `${ms(t.p50)} / ${ms(t.p95)}`,
          reference: `/api/health at 100 clients p50 ${ms(healthAfter.p50)}`,
          ratio: `p95 ${ms(t.p95)} ${t.p95 < 200 ? '<' : '≥'} 200 ms`,
        });
      }
      const verdict = (r: CannonResult) => `p99 ${ms(r.p99)} ${r.p99 < 50 ? '<' : '≥'} 50 ms`;
      for (const [what, r, cold] of [
        ['network (versions read again)', networkFirst, coldNetwork],
        ['network', network, coldNetwork],
        ['analysis', analysisFirst, coldAnalysis],
        ['analysis (again)', analysis, coldAnalysis],
      ] as const) {
        report.headline({
          what: `${what} of a centre, national set (${fmt(made.centers)} centres), ${CONNECTIONS} clients, p50 / p95 / p99`,
          ours: `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)} (${fmt(r.rps)} req/s)`,
          reference: `/api/health p99 ${ms(healthBefore.p99)} → ${ms(healthAfter.p99)}; first ask p99 ${ms(cold.p99)}`,
          ratio: verdict(r),
        });
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  } finally {
    await scratch.close();
    report.end();
  }
}

await main();
