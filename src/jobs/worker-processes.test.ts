import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { cleanUp, embeddedUrl, postmasterPid, processAlive } from '../../test/e2e/serve-process.ts';
import { createKysely } from '../db/database.ts';
import { addJob } from './jobs.repo.ts';

// Real `simpul worker` processes on one database: a job runs once however many there are, and a job
// whose worker is killed (-9) mid-run is run again by another, its first run's writes rolled back.

let database: TestDatabase;
const { DATABASE_URL: _, ...withoutDatabaseUrl } = process.env;
const children: ChildProcess[] = [];
const dir = mkdtempSync(path.join(os.tmpdir(), 'simpul-workers-'));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

/** Starts `simpul worker` on the test database; resolves once it says it is running. */
async function worker(
  concurrency: number,
  env: Record<string, string> = { DATABASE_URL: database.url },
): Promise<ChildProcess> {
  const child = spawn(
    path.resolve('bin/simpul'),
    ['worker', '--concurrency', String(concurrency), '--lang', 'en'],
    {
      env: {
        ...withoutDatabaseUrl,
        ...env,
        SIMPUL_JOBS_PROBE: '1',
        SIMPUL_SHUTDOWN_GRACE_SECONDS: '5',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let said = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${said}`)), 90_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Job workers running')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** The probe log: job id → the pids that started it, in order. */
function starts(log: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let text = '';
  try {
    text = readFileSync(log, 'utf8');
  } catch {}
  for (const line of text.split('\n').filter(Boolean)) {
    const [job = '', pid = ''] = line.split(' ');
    result.set(job, [...(result.get(job) ?? []), pid]);
  }
  return result;
}

async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(200);
  }
}

const doneRows = async (ids: string[]) =>
  database.db
    .selectFrom('jobs_done' as never)
    .select(['job_id' as never, 'attempts' as never])
    .where('job_id' as never, 'in', ids as never)
    .execute() as Promise<{ job_id: string; attempts: number }[]>;

describe('simpul worker', () => {
  it('runs each job once with two worker processes, and stops cleanly on SIGTERM', async () => {
    const log = path.join(dir, 'once.log');
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) ids.push(await addJob(database.db, 'jobs.probe', { log }, {}));
    const [a, b] = await Promise.all([worker(4), worker(4)]);
    await until(async () => (await doneRows(ids)).length === ids.length, 60_000);
    const seen = starts(log);
    expect([...seen.keys()].sort()).toEqual([...ids].sort());
    expect([...seen.values()].filter((pids) => pids.length !== 1)).toEqual([]);
    expect(new Set([...seen.values()].flat()).size).toBe(2); // both processes took jobs
    a?.kill('SIGTERM');
    b?.kill('SIGTERM');
    expect(await exited(a as ChildProcess)).toBe(0);
    expect(await exited(b as ChildProcess)).toBe(0);
  }, 120_000);

  it('runs a job again in another worker when its worker is killed mid-job, with nothing half-written', async () => {
    const log = path.join(dir, 'killed.log');
    const first = await worker(1);
    const id = await addJob(database.db, 'jobs.probe', { log, sleepMs: 120_000, sleepOnce: true }, {});
    await until(() => starts(log).has(id), 20_000);
    first.kill('SIGKILL');
    await exited(first);
    // The first run's transaction (its "done" mark) died with the process.
    expect(await doneRows([id])).toEqual([]);
    const second = await worker(1);
    await until(async () => (await doneRows([id])).length === 1, 40_000);
    expect(starts(log).get(id)).toEqual([String(first.pid), String(second.pid)]);
    expect((await doneRows([id]))[0]?.attempts).toBe(2);
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
  }, 120_000);

  it('starts the embedded PostgreSQL when alone, runs jobs on it, and stops it on SIGTERM (last one out)', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simpul-worker-pg-'));
    const log = path.join(dir, 'embedded.log');
    try {
      const alone = await worker(1, { SIMPUL_DATA_DIR: dataDir, SIMPUL_PG_PORT: '0' });
      const pid = postmasterPid(dataDir) as number;
      expect(pid).toBeGreaterThan(0);
      const db = createKysely(embeddedUrl(dataDir), { applicationName: 'simpul-test', poolSize: 1 });
      const id = await addJob(db, 'jobs.probe', { log }, {});
      await db.destroy();
      await until(() => starts(log).has(id), 20_000);
      alone.kill('SIGTERM');
      expect(await exited(alone)).toBe(0);
      expect(postmasterPid(dataDir)).toBeUndefined();
      expect(processAlive(pid)).toBe(false);
    } finally {
      cleanUp(dataDir);
    }
  }, 180_000);
});
