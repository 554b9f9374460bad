/**
 * Throughput and latency of a centre's network and analysis over HTTP (issue #16, point 1).
 *
 *   npm run bench:http [-- --quick]   (node --import tsx bench/http.bench.ts)
 *
 * Loads the demo into a fresh database of the embedded PostgreSQL (data/bench-http), starts the app on
 * 127.0.0.1 in this process and drives it with autocannon in a child process (so the load generator has
 * its own event loop), as a national reader (ministry) with `Accept-Encoding: br, gzip`, against the demo
 * centre with the most ties. Measured in the same run:
 *  - `/api/health`: the floor (auth, hooks, `SELECT 1`), first and last, averaged;
 *  - the network (`format=compact&tieIds=omit`, what the web asks) and the analysis from stored bodies, and the network
 *    revalidated with its ETag (304, no body);
 *  - the same two with `SIMPUL_STORED_BODIES=off`: built per request, compressed by @fastify/compress,
 *    the network in its full shape — the path before stored bodies (the reference);
 *  - the ceiling: a bare Fastify server (no hooks, no database) in this process sending the very same
 *    brotli bytes of the network and the analysis, the most this machine serves for bodies of that size;
 *  - a breakdown of one uncached request by stage (access check, SQL, reader's view, zod, JSON, brotli);
 *  - with BENCH_PROFILE=1, the server's CPU profile during each run (bench/cpu-profile.ts).
 * Concurrency 10 and 100 (100 only with --quick); 10 s per run (3 s with --quick); the references 150
 * requests (30).
 */

import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { loadPseudonymKey } from '../src/auth/pseudonym.ts';
import { createToken } from '../src/auth/tokens.ts';
import { createUser } from '../src/auth/users.service.ts';
import { createKysely } from '../src/db/database.ts';
import { acquireEmbedded } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/demo.ts';
import { buildApp } from '../src/http/app.ts';
import {
  assertMayReadCenterNetwork,
  networkAsSeenBy,
  networkTieScope,
} from '../src/networks/access/network.policy.ts';
import { CenterAnalysisSchema } from '../src/networks/analysis/analysis.schema.ts';
import { centerAnalysisFor } from '../src/networks/analysis/analysis.service.ts';
import { loadCenterNetwork } from '../src/networks/load/network.repo.ts';
import { CenterNetworkSchema } from '../src/networks/view/network.schema.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { type CannonResult, BENCH_APP_CONFIG as CONFIG, cannon as runCannon } from './autocannon-run.ts';
import { profiled } from './cpu-profile.ts';
import { benchStart, QUICK } from './report.ts';

const SECONDS = QUICK ? 3 : 10;
type Result = CannonResult;

/** One run against `url`: for SECONDS or, with `amount`, until that many answers (the slow reference path). */
const cannon = (url: string, connections: number, headers: Record<string, string>, amount?: number) =>
  runCannon(url, { connections, headers, ...(amount ? { amount } : { seconds: SECONDS }) });

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/** Median time in ms of `work` over `times` runs. */
async function median(times: number, work: () => unknown): Promise<number> {
  const spent: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await work();
    spent.push(performance.now() - t);
  }
  return spent.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

async function main(): Promise<void> {
  const report = benchStart();
  const embedded = await acquireEmbedded(
    path.resolve('data/bench-http'),
    Number(process.env.SIMPUL_PG_PORT ?? 54404),
    () => {},
  );
  const name = `simpul_http_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: embedded.adminConnectionString });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(embedded.adminConnectionString);
  dbUrl.pathname = `/${name}`;
  const db = createKysely(dbUrl.toString(), { applicationName: 'simpul-bench' });
  try {
    await migrateToLatest(db);
    await ensureRegions(db);
    await loadDemo(db);
    const user = await createUser(db, {
      email: 'bench@simpul.example',
      displayName: 'Bench',
      role: 'ministry',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const token = await createToken(db, user.id, { name: 'bench', access: 'read' });
    const { rows } = await sql<{ id: string; name: string; ties: number }>`
      SELECT c.id, c.name, count(i.id)::int AS ties FROM centers c JOIN interactions i ON i.center_id = c.id
      GROUP BY c.id ORDER BY ties DESC LIMIT 1`.execute(db);
    const center = rows[0] as { id: string; name: string; ties: number };
    const pseudonymKey = await loadPseudonymKey(db);
    const app = await buildApp({ db, mode: 'embedded', pseudonymKey }, CONFIG);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const auth = { authorization: `Bearer ${token.token}` };
    const headers = { ...auth, 'accept-encoding': 'br, gzip' };
    console.log(`Centre: ${center.name} (${center.ties} ties); server ${base}; ${SECONDS} s per run`);

    // Sizes of the answers, as the web receives them.
    const size = async (url: string, encoding: string) =>
      (await app.inject({ url, headers: { ...auth, 'accept-encoding': encoding } })).rawPayload.length;
    const networkUrl = `/api/centers/${center.id}/network`;
    // What the web asks for: the compact format without the ties' ids (a drawing keys ties by position).
    const compactUrl = `${networkUrl}?format=compact&tieIds=omit`;
    const analysisUrl = `/api/centers/${center.id}/analysis`;
    const sizes = {
      full: await size(networkUrl, 'identity'),
      compact: await size(compactUrl, 'identity'),
      compactBr: await size(compactUrl, 'br'),
      compactWithIdsBr: await size(`${networkUrl}?format=compact`, 'br'),
      compactGzip: await size(compactUrl, 'gzip'),
      fullBr: await size(networkUrl, 'br'),
      analysis: await size(analysisUrl, 'identity'),
      analysisBr: await size(analysisUrl, 'br'),
    };
    console.log(
      `Network body: full ${fmt(sizes.full)} B (${fmt(sizes.fullBr)} B brotli 11); compact ${fmt(sizes.compact)} B, ` +
        `${fmt(sizes.compactBr)} B brotli (${fmt(sizes.compactWithIdsBr)} B with the ties' ids), ${fmt(sizes.compactGzip)} B gzip. Analysis: ${fmt(sizes.analysis)} B, ${fmt(sizes.analysisBr)} B brotli`,
    );

    // Where one uncached request's time goes (median of 15, in this process, server idle).
    const actor = { kind: 'system', label: 'bench' } as const;
    const network = await loadCenterNetwork(db, center.id, null, undefined);
    const json = JSON.stringify(network);
    const analysis = await centerAnalysisFor(db, actor, center.id, undefined);
    const stages = {
      'access check + versions (1 query)': await median(15, () =>
        assertMayReadCenterNetwork(db, actor, center.id),
      ),
      'SQL: load network (3 + 2 queries)': await median(15, () =>
        loadCenterNetwork(db, center.id, null, networkTieScope(actor)),
      ),
      "reader's view (1 query)": await median(15, () => networkAsSeenBy(db, actor, pseudonymKey, network)),
      'zod response encode (network)': await median(15, () => CenterNetworkSchema.encode(network)),
      'JSON.stringify (network)': await median(15, () => JSON.stringify(network)),
      'brotli q4 (network, per request before)': await median(15, () =>
        brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
      ),
      'gzip 6 (network)': await median(15, () => gzipSync(json, { level: 6 })),
      'analysis: stored result read (full reader)': await median(15, () =>
        centerAnalysisFor(db, actor, center.id, undefined),
      ),
      'zod response encode (analysis)': await median(15, () => CenterAnalysisSchema.encode(analysis)),
    };
    console.log('Breakdown of one uncached request (median of 15, idle server):');
    for (const [what, t] of Object.entries(stages)) console.log(`  ${what.padEnd(44)} ${t.toFixed(2)} ms`);
    const plan = await sql<{ 'QUERY PLAN': string }>`
      EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT * FROM interactions i
      WHERE i.center_id = ANY(${[center.id]}::uuid[]) AND i.archived_at IS NULL ORDER BY i.start_date, i.id`.execute(
      db,
    );
    console.log(
      `  EXPLAIN ANALYZE of the ties query: ${plan.rows
        .slice(-2)
        .map((r) => r['QUERY PLAN'])
        .join('; ')}`,
    );

    const results: Record<string, Result> = {};
    const measure = async (label: string, url: string, connections: number, extra = {}, amount?: number) => {
      const result = await profiled(`${label} c${connections}`, () =>
        cannon(`${base}${url}`, connections, { ...headers, ...extra }, amount),
      );
      results[label] = result;
      console.log(
        `  ${label.padEnd(36)} c=${String(connections).padStart(3)}  ${fmt(result.rps).padStart(6)} req/s  ` +
          `p50 ${ms(result.p50)}  p99 ${ms(result.p99)}  non-2xx ${result.non2xx}  errors ${result.errors}`,
      );
      return result;
    };
    console.log('autocannon (Accept-Encoding: br, gzip):');
    const healthBefore = await measure('health (floor), first', '/api/health', 100);
    const levels = QUICK ? [100] : [10, 100];
    for (const c of levels) await measure(`network compact, stored c${c}`, compactUrl, c);
    for (const c of levels) await measure(`analysis, stored c${c}`, analysisUrl, c);
    // A browser coming back: it sends the ETag it holds and gets 304 without a body (autocannon counts
    // 304 as non-2xx; that is the expected answer here).
    const etag = (await app.inject({ url: compactUrl, headers })).headers.etag as string;
    await measure('network compact, 304 revalidation', compactUrl, 100, { 'if-none-match': etag });
    process.env.SIMPUL_STORED_BODIES = 'off';
    const references = QUICK ? 30 : 150;
    const oldNetwork = await measure('network full, built per request', networkUrl, 10, {}, references);
    const oldAnalysis = await measure('analysis, built per request', analysisUrl, 10, {}, references);
    delete process.env.SIMPUL_STORED_BODIES;
    // The ceiling: the same bytes from a bare Fastify (no hooks, no database, nothing per request but the
    // write). With the load generator on the same two cores, body size alone bounds the rate.
    const bare = Fastify();
    const sameBytes = async (url: string) =>
      (await app.inject({ url, headers: { ...auth, 'accept-encoding': 'br' } })).rawPayload;
    const bytes = { network: await sameBytes(compactUrl), analysis: await sameBytes(analysisUrl) };
    for (const [what, body] of Object.entries(bytes)) {
      bare.get(`/${what}`, (_request, reply) =>
        reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-encoding', 'br')
          .send(body),
      );
    }
    const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
    const ceiling = async (what: keyof typeof bytes) => {
      const result = await cannon(`${bareBase}/${what}`, 100, {});
      results[`ceiling ${what}`] = result;
      console.log(
        `  ${`ceiling: bare Fastify, same ${what} bytes`.padEnd(36)} c=100  ${fmt(result.rps).padStart(6)} req/s  ` +
          `p50 ${ms(result.p50)}  p99 ${ms(result.p99)}  (${fmt(body(what))} B)`,
      );
      return result;
    };
    const body = (what: keyof typeof bytes) => bytes[what].length;
    const ceilings = { network: await ceiling('network'), analysis: await ceiling('analysis') };
    await bare.close();
    // The floor again at the end, averaged with the first: the machine's load drifts during the run.
    const healthAfter = await measure('health (floor), last', '/api/health', 100);
    const health = { ...healthBefore, rps: (healthBefore.rps + healthAfter.rps) / 2 };

    const net = results['network compact, stored c100'] as Result;
    const ana = results['analysis, stored c100'] as Result;
    // The floor moves with the machine's load (other processes share the 2 cores): the share of it that a
    // route reaches is the figure that holds from run to run.
    const verdict = (r: Result, top: Result) =>
      `${Math.round((100 * r.rps) / top.rps)}% of the bare ceiling (${fmt(top.rps)} req/s, p99 ${ms(top.p99)}); ` +
      `p99 ${ms(r.p99)} ${r.p99 < 50 ? '<' : '≥'} 50 ms; ` +
      `${fmt(r.rps)} ${r.rps >= 1000 ? '≥' : '<'} 1,000 req/s`;
    report.headline({
      what: `network of ${center.name} (${center.ties} ties), stored, 100 concurrent`,
      ours: `${fmt(net.rps)} req/s, p99 ${ms(net.p99)}`,
      reference: `built per request (c10): ${fmt(oldNetwork.rps)} req/s; /api/health ${fmt(health.rps)} req/s`,
      ratio: `${(net.rps / oldNetwork.rps).toFixed(0)}× built per request; ${verdict(net, ceilings.network)}`,
    });
    report.headline({
      what: `analysis of ${center.name}, stored, 100 concurrent`,
      ours: `${fmt(ana.rps)} req/s, p99 ${ms(ana.p99)}`,
      reference: `built per request (c10): ${fmt(oldAnalysis.rps)} req/s; /api/health ${fmt(health.rps)} req/s`,
      ratio: `${(ana.rps / oldAnalysis.rps).toFixed(0)}× built per request; ${verdict(ana, ceilings.analysis)}`,
    });
    report.headline({
      what: `network body of ${center.name}, compact without tie ids + brotli (what the web asks)`,
      ours: `${fmt(sizes.compactBr)} B`,
      reference: `full JSON ${fmt(sizes.full)} B`,
      ratio: `${(sizes.full / sizes.compactBr).toFixed(0)}× smaller; ${sizes.compactBr < 60_000 ? '<' : '≥'} 60 KB`,
    });
    await app.close();
    report.end();
  } finally {
    await db.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await embedded.release();
  }
}

await main();
