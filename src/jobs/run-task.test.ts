import { PassThrough } from 'node:stream';
import type { JobHelpers } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { defineTask } from './define.ts';
import { wasDone } from './jobs.repo.ts';
import { jobLog } from './logger.ts';
import { toGraphileTask } from './run-task.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/** What graphile-worker hands a task, as far as the wrapper reads it: the job. */
const helpersFor = (id: string) =>
  ({ job: { id, key: null, attempts: 1, created_at: new Date() } }) as unknown as JobHelpers;

describe('running a task', () => {
  it('runs the body in the job’s transaction, and not again once its mark committed', async () => {
    const seen: boolean[] = [];
    const task = defineTask('t.in', z.object({}), async (_p, { db }) => {
      seen.push(db.isTransaction);
    });
    await toGraphileTask(task, database.db)({}, helpersFor('101'));
    await toGraphileTask(task, database.db)({}, helpersFor('101'));
    expect(seen).toEqual([true]);
    expect(await wasDone(database.db, '101')).toBe(true);
  });

  it('logs a failure by its kind and the request that enqueued the job, never its message', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
    });
    const task = defineTask('t.log', z.object({}), async () => {
      throw new TypeError('duplicate: Budi Santoso');
    });
    const run = toGraphileTask(task, database.db, jobLog('info', sink));
    await expect(run({ _requestId: 'permintaan-9' }, helpersFor('109'))).rejects.toThrow('Budi');
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'job failed',
        requestId: 'permintaan-9',
        jobId: '109',
        errorType: 'TypeError',
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('Budi');
  });

  it('rolls the mark back with the body when the body fails', async () => {
    const task = defineTask('t.fail', z.object({}), async () => {
      throw new Error('no');
    });
    await expect(toGraphileTask(task, database.db)({}, helpersFor('102'))).rejects.toThrow('no');
    expect(await wasDone(database.db, '102')).toBe(false);
  });

  it('gives a task with its own transactions the pool, and marks it done after', async () => {
    const seen: boolean[] = [];
    const task = defineTask(
      't.own',
      z.object({}),
      async (_p, { db }) => {
        seen.push(db.isTransaction);
        expect(await wasDone(database.db, '103')).toBe(false);
      },
      { ownTransactions: true },
    );
    await toGraphileTask(task, database.db)({}, helpersFor('103'));
    await toGraphileTask(task, database.db)({}, helpersFor('103'));
    expect(seen).toEqual([false]);
    expect(await wasDone(database.db, '103')).toBe(true);
  });

  it('runs a job of the schedule, whose payload graphile-worker stamps with _cron, under a strict schema', async () => {
    const seen: unknown[] = [];
    const task = defineTask('t.cron', z.object({}).strict(), async (payload) => {
      seen.push(payload);
    });
    const stamped = { _cron: { ts: '2026-12-07T02:00:00Z', backfilled: false } };
    await toGraphileTask(task, database.db)(stamped, helpersFor('104'));
    expect(seen).toEqual([{}]);
    await expect(toGraphileTask(task, database.db)({ stray: 1 }, helpersFor('105'))).rejects.toThrow(
      /not valid: stray/,
    );
  });
});
