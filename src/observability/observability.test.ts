import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { TEST_CONFIG } from '../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { createToken } from '../auth/tokens.ts';
import { createUser } from '../auth/users.service.ts';
import { createKysely, type Db } from '../db/database.ts';
import { buildApp } from '../http/app.ts';
import type { SimpulApp } from '../http/types.ts';
import { defineTask } from '../jobs/define.ts';
import { jobLog } from '../jobs/logger.ts';
import { toGraphileTask } from '../jobs/run-task.ts';
import { startWorkers, type WorkerProcess } from '../jobs/runner.ts';
import { computePrepared } from '../networks/analysis/analysis.service.ts';

// One app with metrics and an info-level log captured line by line, over a database of its own; a
// second app without a metrics token; a third over a database that does not answer.

const TOKEN = 'metrik-rahasia-uji-0123456789';
let database: TestDatabase;
let app: SimpulApp;
let bare: SimpulApp;
let admin: { authorization: string };
const appLines: Record<string, unknown>[] = [];
const jobLines: Record<string, unknown>[] = [];

/** A stream whose JSON lines land in `into`. */
function capture(into: Record<string, unknown>[]): PassThrough {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line) into.push(JSON.parse(line));
  });
  return stream;
}

async function appOver(db: Db, options: { metricsToken?: string; log?: PassThrough } = {}) {
  const deps = { db, mode: inject('databaseMode'), pseudonymKey: 'k'.repeat(32) };
  if (options.log) deps.pseudonymKey = await loadPseudonymKey(db);
  return buildApp(
    deps,
    { ...TEST_CONFIG, logLevel: options.log ? 'info' : 'silent', metricsToken: options.metricsToken },
    options.log ? { logStream: options.log } : {},
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await appOver(database.db, { metricsToken: TOKEN, log: capture(appLines) });
  bare = await appOver(database.db);
  const user = await createUser(database.db, {
    email: 'admin-obs@uji.example',
    displayName: 'Admin',
    role: 'admin',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  admin = {
    authorization: `Bearer ${(await createToken(database.db, user.id, { name: 't', access: 'write' })).token}`,
  };
});
afterAll(async () => {
  await app?.close();
  await bare?.close();
  await database?.drop();
});

const scrape = (token?: string) =>
  app.inject({ url: '/metrics', headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

describe('/metrics', () => {
  it('is 404 without SIMPUL_METRICS_TOKEN, 401 without or with a wrong token', async () => {
    expect(
      (await bare.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode,
    ).toBe(404);
    const none = await scrape();
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthorized');
    expect((await scrape('salah-salah-salah-salah')).statusCode).toBe(401);
    // An API token of a user is not the metrics token.
    expect((await app.inject({ url: '/metrics', headers: admin })).statusCode).toBe(401);
  });

  it('reports latency by route pattern (no ids), the pool, the queue, jobs, analyses and the process', async () => {
    const id = '0b7c5c1e-6a0f-4f43-9d7e-3a1f2b4c5d6e';
    expect((await app.inject({ url: `/api/centers/${id}`, headers: admin })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/regions?q=Bandung', headers: admin })).statusCode).toBe(200);
    expect((await app.inject({ url: `/api/tidak-ada/${id}` })).statusCode).toBe(404);
    const task = defineTask('obs.sample', z.object({}), async () => {});
    await toGraphileTask(
      task,
      database.db,
      jobLog('silent'),
    )({}, {
      job: { id: '9001', key: null, attempts: 1, created_at: new Date() },
    } as Parameters<ReturnType<typeof toGraphileTask>>[1]);
    computePrepared({
      at: null,
      current: new Map(),
      stale: [{ id, version: 1, network: { centerId: id, at: null, nodes: [], ties: [] }, affiliations: [] }],
    });

    const response = await scrape(TOKEN);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toMatch(
      /simpul_http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/api\/centers\/:id",status_class="4xx"\}/,
    );
    expect(text).toContain('route="/api/regions",status_class="2xx"');
    expect(text).toContain('route="unmatched"');
    expect(text, 'no raw id or query in any label').not.toContain(id);
    expect(text).not.toContain('Bandung');
    expect(text).toMatch(/simpul_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/simpul_db_pool_connections\{state="waiting"\} 0/);
    expect(text).toMatch(/simpul_stored_bodies\{measure="bytes"\} \d+/);
    expect(text).toMatch(/simpul_stored_bodies\{measure="evicted"\} \d+/);
    expect(text).toMatch(/^simpul_jobs_waiting \d+$/m);
    expect(text).toMatch(/^simpul_jobs_oldest_waiting_seconds [\d.]+$/m);
    expect(text).toMatch(/simpul_job_duration_seconds_count\{task="obs.sample",outcome="done"\} 1/);
    expect(text).toMatch(/simpul_analysis_duration_seconds_count\{kind="stored"\} [1-9]/);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});

describe('/api/ready and /api/health', () => {
  it('is ready on a migrated database', async () => {
    const response = await app.inject({ url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('ready');
  });

  it('is 503 naming the migration a database lacks, and ready again once it is there', async () => {
    const { rows } = await sql<{ name: string; timestamp: string }>`
      DELETE FROM kysely_migration WHERE name = (SELECT max(name) FROM kysely_migration)
      RETURNING name, timestamp`.execute(database.db);
    const last = rows[0];
    expect(last).toBeDefined();
    try {
      const response = await app.inject({ url: '/api/ready?lang=en' });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.message).toBe(
        `Not ready: the database lacks migrations (${last?.name}); run simpul migrate.`,
      );
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${last?.name}, ${last?.timestamp})`.execute(
        database.db,
      );
    }
    expect((await app.inject({ url: '/api/ready' })).statusCode).toBe(200);
  });

  it('is 503 when the database does not answer, while /api/health (liveness) still answers', async () => {
    const gone = createKysely('postgres://simpul@127.0.0.1:55219/none', { poolSize: 1 });
    const down = await appOver(gone);
    try {
      const ready = await down.inject({ url: '/api/ready?lang=id' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().error.message).toBe('Belum siap: basis data tidak menjawab.');
      const health = await down.inject({ url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(health.json().queue).toBeNull();
    } finally {
      await down.close();
      await gone.destroy();
    }
  });
});

describe('request ids', () => {
  it('keeps a well-formed X-Request-Id, replaces a malformed one, and answers with it', async () => {
    const kept = await app.inject({ url: '/api/health', headers: { 'x-request-id': 'a1b2c3d4e5f6' } });
    expect(kept.headers['x-request-id']).toBe('a1b2c3d4e5f6');
    const forged = await app.inject({ url: '/api/health', headers: { 'x-request-id': 'x\ny {"level":60}' } });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await app.inject({ url: '/api/audit' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const lines = appLines.filter((line) => line.requestId === 'a1b2c3d4e5f6');
    expect(lines.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
  });

  it('logs no query string, cookie, token or password', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/auth/login?email=rahasia@uji.example',
      headers: { cookie: 'simpul_session=kue-rahasia', 'x-request-id': 'login-1' },
      payload: { email: 'rahasia@uji.example', password: 'kata-sandi-rahasia' },
    });
    const text = JSON.stringify(appLines);
    for (const secret of [
      'rahasia@uji.example',
      'kue-rahasia',
      'kata-sandi-rahasia',
      admin.authorization.slice(7),
    ])
      expect(text).not.toContain(secret);
    expect(appLines.some((line) => line.requestId === 'login-1')).toBe(true);
  });

  it('travels into a job enqueued by the request, and onto the worker’s log lines for it', async () => {
    let workers: WorkerProcess | undefined;
    try {
      workers = await startWorkers(database.url, {
        concurrency: 1,
        pollInterval: 100,
        log: jobLog('info', capture(jobLines)),
      });
      const started = await app.inject({
        method: 'POST',
        url: '/api/region-exports',
        headers: { ...admin, 'x-request-id': 'ekspor-wilayah-7' },
        payload: { regionCode: '32.73', format: 'csv' },
      });
      expect(started.statusCode, started.body).toBe(202);
      const end = Date.now() + 30_000;
      while (Date.now() < end && !jobLines.some((line) => line.msg === 'job done')) await sleep(100);
      const done = jobLines.find((line) => line.msg === 'job done');
      expect(done).toMatchObject({
        task: 'region-export.run',
        requestId: 'ekspor-wilayah-7',
        name: 'simpul-worker',
      });
      expect(typeof done?.durationMs).toBe('number');
      const audit = await sql<{ request_id: string | null; event: string }>`
        SELECT request_id, after->>'event' AS event FROM audit_log
        WHERE entity_type = 'job' AND entity_id = ${String(done?.jobId)} ORDER BY id`.execute(database.db);
      expect(audit.rows).toEqual([
        { request_id: 'ekspor-wilayah-7', event: 'queued' },
        { request_id: 'ekspor-wilayah-7', event: 'done' },
      ]);
    } finally {
      await workers?.stop();
    }
  });
});
