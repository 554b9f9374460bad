import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addJob } from '../../src/jobs/jobs.repo.ts';
import { createTestDatabase, type TestDatabase } from '../database.ts';
import { freePort, startServe } from './serve-process.ts';

// `simpul serve` runs a job worker in its own process unless SIMPUL_WORKERS=0.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const done = async (id: string) =>
  (
    await sql<{ n: number }>`SELECT count(*)::int AS n FROM jobs_done WHERE job_id = ${id}::bigint`.execute(
      database.db,
    )
  ).rows[0]?.n === 1;

async function health(port: number) {
  return (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as {
    queue: { workers: number };
  };
}

describe('simpul serve and its in-process worker', () => {
  it('runs jobs by default, shows its worker in /api/health, and stops it with the server', async () => {
    const port = await freePort();
    const server = await startServe({ ...process.env, DATABASE_URL: database.url }, port);
    try {
      const id = await addJob(database.db, 'jobs.cleanup', {}, {});
      const end = Date.now() + 30_000;
      while (!(await done(id))) {
        if (Date.now() > end) throw new Error(`the job did not run: ${server.output()}`);
        await sleep(200);
      }
      expect((await health(port)).queue.workers).toBe(1);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job_workers`.execute(database.db);
    expect(left.rows[0]?.n).toBe(0);
  }, 120_000);

  it('runs none with SIMPUL_WORKERS=0', async () => {
    const port = await freePort();
    const server = await startServe(
      { ...process.env, DATABASE_URL: database.url, SIMPUL_WORKERS: '0' },
      port,
    );
    try {
      const id = await addJob(database.db, 'jobs.cleanup', {}, {});
      await sleep(3_000);
      expect(await done(id)).toBe(false);
      expect((await health(port)).queue).toMatchObject({ workers: 0, waiting: 1 });
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  }, 120_000);
});
