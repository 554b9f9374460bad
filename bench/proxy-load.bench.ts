/**
 * The long form of #22 part 7's load through the proxy (the short form is test/deploy/proxy.test.ts):
 *
 *   npm run load:proxy [-- --seconds 600 --rate 200 --connections 20 --kill-after 0]
 *
 * Starts a scratch database on the embedded PostgreSQL (data/bench-proxy, port 55153), two `simpul serve`
 * processes (55151, 55152) behind HAProxy with deploy/haproxy.cfg (55150), and drives a mixed load through
 * the proxy with autocannon at `--rate` requests per second for `--seconds`: create a centre, read it
 * back (through either process), list centres; one in three requests writes. With `--kill-after N`, app
 * process 2 gets `kill -9` N seconds in. At the end every acknowledged write is looked up in the database:
 * the run passes when no answer was an error (no 5xx at all without a kill; only the proxy's 502/503 with
 * one), no acknowledged write is missing or stored twice, and the achieved rate is within 5 % of `--rate`.
 * Needs Debian's haproxy (`apt-get install haproxy`) and the built CLI (`npm run build:cli`).
 */

import { parseArgs } from 'node:util';
import { createToken } from '../src/auth/tokens.ts';
import { createUser } from '../src/auth/users.service.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { haproxyBinary, type ProxyCluster, startProxyCluster } from '../test/deploy/proxy-cluster.ts';
import { auditWrites, runWriteLoad } from '../test/deploy/write-load.ts';
import { freePorts } from '../test/e2e/serve-process.ts';
import { benchStart } from './report.ts';
import { openScratchDatabase } from './scratch-database.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '600' },
    rate: { type: 'string', default: '200' },
    connections: { type: 'string', default: '20' },
    'kill-after': { type: 'string', default: '0' },
  },
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const connections = Number(values.connections);
const killAfter = Number(values['kill-after']);

const binary = haproxyBinary();
if (!binary) {
  console.error('load:proxy needs HAProxy: apt-get install haproxy');
  process.exit(2);
}
const report = benchStart();
const scratch = await openScratchDatabase('proxy', 55153);
let cluster: ProxyCluster | undefined;
let passed = false;
try {
  await ensureRegions(scratch.db);
  const admin = await createUser(scratch.db, {
    email: 'beban@uji.example',
    displayName: 'Beban',
    role: 'admin',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  const { token } = await createToken(scratch.db, admin.id, { name: 'beban', access: 'write' });
  const [proxy = 0, app1 = 0, app2 = 0] = await freePorts(3);
  cluster = await startProxyCluster(binary, {
    databaseUrl: scratch.url,
    ports: { proxy, app1, app2 },
    env: { SIMPUL_RATE_LIMIT: '100000000' },
  });
  const victim = cluster.apps[1];
  const prefix = `Sentra Beban ${Date.now()}-`;
  console.log(
    `Load: ${rate} req/s for ${seconds} s over ${connections} connections through HAProxy to two app processes`,
  );
  const result = await runWriteLoad({
    url: cluster.proxyUrl,
    token,
    prefix,
    connections,
    durationSeconds: seconds,
    rate,
    ...(killAfter > 0 && { fault: { afterMs: killAfter * 1000, run: () => victim.child.kill('SIGKILL') } }),
  });
  const audit = await auditWrites(scratch.db, prefix, result.acknowledged);
  const achieved = result.requests / result.seconds;
  const bad = Object.entries(result.statuses)
    .filter(([status]) => !status.startsWith('2') && !(killAfter > 0 && ['502', '503'].includes(status)))
    .reduce((sum, [, count]) => sum + count, 0);
  console.log(
    `Answers by status: ${JSON.stringify(result.statuses)}; connection errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.log(
    `Writes: ${result.writesSent} sent, ${result.acknowledged.length} acknowledged` +
      `${killAfter > 0 ? ` (${result.acknowledgedAfterFault} after the kill)` : ''}, ${audit.stored} stored, ` +
      `${audit.lost} acknowledged but missing, ${audit.duplicated} stored twice; reads of a new centre that missed: ${result.missedReads}`,
  );
  console.log(`Latency: p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
  passed =
    bad === 0 &&
    result.errors === 0 &&
    result.timeouts === 0 &&
    audit.lost === 0 &&
    audit.duplicated === 0 &&
    result.missedReads === 0 &&
    achieved >= rate * 0.95;
  report.headline({
    what: `mixed load through HAProxy, 2 app processes, ${seconds} s${killAfter > 0 ? `, kill -9 at ${killAfter} s` : ''}`,
    ours: `${achieved.toFixed(1)} req/s, ${bad} errors, ${audit.lost} writes lost`,
    reference: `target ${rate} req/s`,
    ratio: passed ? 'target met' : 'target missed',
  });
} finally {
  await cluster?.stop();
  await scratch.close();
  report.end();
}
console.log(passed ? 'PASS' : 'FAIL');
process.exit(passed ? 0 : 1);
