import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { inTransaction } from '../db/database.ts';
import { cancelJobs, enqueue } from './enqueue.ts';
import { jobErrorText } from './job-error.ts';
import { addJob, findJobs, findQueuedJob, queueStats } from './jobs.repo.ts';
import { startWorkers, type WorkerProcess } from './runner.ts';

process.env.SIMPUL_JOBS_PROBE = '1';
let database: TestDatabase;
let workers: WorkerProcess | undefined;
const dir = mkdtempSync(path.join(os.tmpdir(), 'simpul-jobs-'));
const log = path.join(dir, 'probe.log');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await workers?.stop();
  await database?.drop();
});

/** Waits until `check` holds, polling every 100 ms, up to `ms`. */
async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(100);
  }
}
const stateOf = async (id: string) => (await findJobs(database.db, { limit: 1000 })).find((j) => j.id === id);

describe('enqueue', () => {
  it('adds a job only when the caller’s transaction commits', async () => {
    await expect(
      inTransaction(database.db, async (trx) => {
        await enqueue(trx, 'jobs.probe', { log }, { key: 'rolled-back' });
        throw new Error('the caller fails');
      }),
    ).rejects.toThrow('the caller fails');
    expect((await findJobs(database.db, { limit: 100 })).some((j) => j.key === 'rolled-back')).toBe(false);
    const id = await inTransaction(database.db, (trx) =>
      enqueue(trx, 'jobs.probe', { log }, { key: 'committed', runAt: new Date(Date.now() + 3_600_000) }),
    );
    expect((await findQueuedJob(database.db, id))?.state).toBe('waiting');
  });

  it('replaces a pending job of the same key, and cancels it by key', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const first = await enqueue(database.db, 'jobs.probe', { log, sleepMs: 1 }, { key: 'k1', runAt: later });
    const second = await enqueue(database.db, 'jobs.probe', { log, sleepMs: 2 }, { key: 'k1', runAt: later });
    const keyed = (await findJobs(database.db, { limit: 100 })).filter((j) => j.key === 'k1');
    expect(keyed.map((j) => j.id)).toEqual([second]);
    expect(second).toBe(first); // graphile-worker updates the pending job in place
    expect(await cancelJobs(database.db, 'k1')).toBe(true);
    expect((await findJobs(database.db, { limit: 100 })).some((j) => j.key === 'k1')).toBe(false);
    expect(await cancelJobs(database.db, 'k1')).toBe(false);
  });

  it('refuses a payload that does not fit the task, before anything is added', async () => {
    await expect(enqueue(database.db, 'jobs.probe', { log: 3 })).rejects.toThrow();
    await expect(enqueue(database.db, 'no.such.task', {})).rejects.toThrow('no task');
  });
});

describe('workers', () => {
  beforeAll(async () => {
    workers = await startWorkers(database.url, { concurrency: 2, pollInterval: 200 });
  });

  it('runs a job once and records it as done', async () => {
    const id = await enqueue(database.db, 'jobs.probe', { log });
    await until(async () => (await stateOf(id))?.state === 'done');
    const lines = readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith(`${id} `));
    expect(lines).toHaveLength(1);
    expect(await findQueuedJob(database.db, id)).toBeUndefined();
  });

  it('fails a malformed payload for good, with the error in each reader’s language', async () => {
    const id = await addJob(database.db, 'jobs.probe', { sleepMs: 'soon' }, { maxAttempts: 5 });
    // Failed and its error stored: the worker may mark the attempt a moment before it writes the error.
    await until(async () => {
      const job = await stateOf(id);
      return job?.state === 'failed' && job.last_error != null;
    });
    const job = await stateOf(id);
    expect(job?.attempts).toBe(1);
    expect(jobErrorText(job?.last_error ?? null, 'en')).toBe(
      'The data of the "jobs.probe" job is not valid: log, sleepMs. The job will not be retried.',
    );
    expect(jobErrorText(job?.last_error ?? null, 'id')).toContain('Data tugas "jobs.probe" tidak sesuai');
  });

  it('fails a job of a task no worker knows, and the workers go on', async () => {
    const id = await addJob(database.db, 'no.such.task', {}, { maxAttempts: 5 });
    await until(async () => (await stateOf(id))?.state === 'failed', 15_000);
    expect(jobErrorText((await stateOf(id))?.last_error ?? null, 'en')).toContain(
      'The task kind "no.such.task" is not known to this worker',
    );
    const next = await enqueue(database.db, 'jobs.probe', { log });
    await until(async () => (await stateOf(next))?.state === 'done');
  });

  it('retries a failing job later (backoff), and keeps it visible as failed once out of attempts', async () => {
    const id = await enqueue(
      database.db,
      'jobs.probe',
      { log: path.join(dir, 'missing', 'x.log') },
      {
        maxAttempts: 2,
      },
    );
    await until(async () => (await stateOf(id))?.last_error != null);
    const waiting = await stateOf(id);
    expect(waiting?.state).toBe('waiting');
    expect(waiting?.last_error).toContain('ENOENT');
    expect(waiting?.run_at?.getTime()).toBeGreaterThan(Date.now());
    await database.db.executeQuery(
      // Skip the backoff's wait (e^1 s) rather than sleep through it.
      {
        sql: 'SELECT graphile_worker.reschedule_jobs(ARRAY[$1::bigint], run_at => now())',
        parameters: [id],
      } as never,
    );
    await until(async () => (await stateOf(id))?.state === 'failed');
    expect((await stateOf(id))?.attempts).toBe(2);
    const stats = await queueStats(database.db);
    expect(stats.failed_last_day).toBeGreaterThanOrEqual(3);
    expect(stats.workers).toBe(1);
  });
});
