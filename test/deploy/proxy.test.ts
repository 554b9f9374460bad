import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.ts';
import { createUser } from '../../src/auth/users.service.ts';
import { createTestDatabase, type TestDatabase } from '../database.ts';
import { freePorts } from '../e2e/serve-process.ts';
import { buildCenterInput } from '../factories.ts';
import { haproxyBinary, type ProxyCluster, startProxyCluster } from './proxy-cluster.ts';
import { auditWrites, runWriteLoad } from './write-load.ts';

/**
 * #22 part 3 (short form): two `simpul serve` processes on one database behind HAProxy, configured by
 * deploy/haproxy.cfg, on loopback ports 55140–55142. Sessions, CSRF, the rate limit and the identity
 * cache hold across the processes; under a write load through the proxy, `kill -9` of one process loses
 * no acknowledged write and shows clients nothing but retryable answers. Required in CI (Debian's
 * haproxy is installed by .ci/run); elsewhere skipped, with the reason printed, when haproxy is missing.
 * The long form is `npm run load:proxy` (bench/proxy-load.bench.ts).
 */
const binary = haproxyBinary();
const required = process.env.CI === 'true';
if (!binary && !required)
  console.log('proxy test skipped: haproxy is not installed (apt-get install haproxy)');

const LOGIN_LIMIT = 6;
const LOAD_SECONDS = Number(process.env.SIMPUL_PROXY_LOAD_SECONDS ?? 10);
const EMAIL = 'petugas@uji.example';
const PASSWORD = 'Kain-tenun-Garut-2024!';
const json = { 'content-type': 'application/json' };

describe.skipIf(!binary && !required)('two simpul serve processes behind HAProxy', () => {
  let database: TestDatabase;
  let cluster: ProxyCluster;
  let token: string;

  beforeAll(async () => {
    if (!binary) throw new Error('required in CI, but haproxy is not installed');
    database = await createTestDatabase();
    const admin = await createUser(database.db, {
      email: EMAIL,
      displayName: 'Petugas Uji',
      role: 'admin',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
      password: PASSWORD,
    });
    token = (await createToken(database.db, admin.id, { name: 'beban', access: 'write' })).token;
    const [proxy = 0, app1 = 0, app2 = 0] = await freePorts(3);
    cluster = await startProxyCluster(binary, {
      databaseUrl: database.url,
      ports: { proxy, app1, app2 },
      // The load is one client (one token): its API budget must not be what the test measures.
      env: { SIMPUL_LOGIN_RATE_LIMIT: String(LOGIN_LIMIT), SIMPUL_RATE_LIMIT: '1000000' },
    });
  }, 180_000);
  afterAll(async () => {
    await cluster?.stop();
    await database?.drop();
  }, 60_000);

  it('signs in through one process and is signed in, with the same CSRF token, through the other', async () => {
    const [a, b] = cluster.appUrls;
    const login = await fetch(`${a}/api/auth/login`, {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': '192.0.2.10' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const me = await fetch(`${b}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(EMAIL);

    // A write through B with the token A issued; a forged token is refused there too.
    const write = (csrf: string) =>
      fetch(`${b}/api/centers`, {
        method: 'POST',
        headers: { ...json, cookie, 'x-csrf-token': csrf },
        body: JSON.stringify(buildCenterInput({ name: 'Sentra Lintas Proses' })),
      });
    expect((await write('palsu')).status).toBe(403);
    const created = await write(csrfToken);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // …read through A, and through the proxy (whichever process it picks).
    const readA = await fetch(`${a}/api/centers/${id}`, { headers: { cookie } });
    expect(((await readA.json()) as { name: string }).name).toBe('Sentra Lintas Proses');
    for (let i = 0; i < 4; i++) {
      expect((await fetch(`${cluster.proxyUrl}/api/centers/${id}`, { headers: { cookie } })).status).toBe(
        200,
      );
    }

    // Signing out through A ends the session that B has cached (the identity cache's notice).
    const logout = await fetch(`${a}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    const deadline = Date.now() + 2_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      status = (await fetch(`${b}/api/auth/me`, { headers: { cookie } })).status;
      if (status === 200) await sleep(50);
    }
    expect(status).toBe(401);
  });

  it('counts sign-in attempts across both processes, by the address the proxy saw', async () => {
    const attempt = (url: string, forwardedFor?: string) =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { ...json, ...(forwardedFor && { 'x-forwarded-for': forwardedFor }) },
        body: JSON.stringify({ email: 'penyerang@uji.example', password: 'tebak-tebakan-1' }),
      }).then((response) => response.status);

    // Alternately to A and B, from one address: one budget, not one per process.
    const [a, b] = cluster.appUrls;
    const direct: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 2; i++) direct.push(await attempt(i % 2 === 0 ? a : b, '198.51.100.7'));
    expect(direct).toEqual([...Array<number>(LOGIN_LIMIT).fill(401), 429, 429]);

    // Through the proxy: a client cannot borrow another address (HAProxy replaces X-Forwarded-For), and
    // the proxy spreads the attempts over both processes, which still count them together.
    const proxied: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 1; i++) proxied.push(await attempt(cluster.proxyUrl, '198.51.100.7'));
    expect(proxied).toEqual([...Array<number>(LOGIN_LIMIT).fill(401), 429]);
    const logins = cluster.proxyOutput().match(/simpul_app\/app\d\S* .*POST \/api\/auth\/login/g) ?? [];
    expect(new Set(logins.map((line) => line.match(/app\d/)?.[0])).size).toBe(2);
  });

  it(`loses no acknowledged write when one process is killed (kill -9) under a ${LOAD_SECONDS} s load`, async () => {
    const prefix = `Sentra Beban ${Date.now()}-`;
    const victim = cluster.apps[1];
    const result = await runWriteLoad({
      url: cluster.proxyUrl,
      token,
      prefix,
      connections: 8,
      durationSeconds: LOAD_SECONDS,
      fault: { afterMs: (LOAD_SECONDS * 1000) / 3, run: () => victim.child.kill('SIGKILL') },
    });
    expect(await victim.exited).toBe('SIGKILL');
    const audit = await auditWrites(database.db, prefix, result.acknowledged);
    console.log(
      `kill -9 under load: ${result.requests} requests in ${result.seconds} s, statuses ${JSON.stringify(result.statuses)}, ` +
        `${result.acknowledged.length} writes acknowledged (${result.acknowledgedAfterFault} after the kill), ` +
        `${result.unacknowledged} not, ${audit.stored} stored of ${result.writesSent} sent; p99 ${result.latencyMs.p99} ms`,
    );
    // Clients saw answers only: 2xx, or the proxy's retryable 502/503 for requests cut off by the kill.
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    for (const status of Object.keys(result.statuses).map(Number))
      expect([200, 201, 502, 503]).toContain(status);
    // Every acknowledged write is stored exactly once; the rest were either committed or not, nothing more.
    expect(audit.lost).toBe(0);
    expect(audit.duplicated).toBe(0);
    expect(audit.stored).toBeGreaterThanOrEqual(result.acknowledged.length);
    expect(audit.stored).toBeLessThanOrEqual(result.writesSent);
    // A centre just created is read back through either process.
    expect(result.missedReads).toBe(0);
    // The survivor took the load after the kill.
    expect(result.acknowledgedAfterFault).toBeGreaterThan(0);
    expect((await fetch(`${cluster.proxyUrl}/api/health`)).status).toBe(200);
  }, 120_000);
});
