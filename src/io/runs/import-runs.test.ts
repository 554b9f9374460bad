import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, useTestApp } from '../../../test/app.ts';
import type { AuditEntry } from '../../audit/audit.schema.ts';
import { startWorkers, type WorkerProcess } from '../../jobs/runner.ts';
import { dinasRows, registryState, toCsv } from '../io.test-helpers.ts';
import { CONTENT_TYPES } from '../read-table.ts';
import { importRunTask } from './import-run.task.ts';
import { insertImportRun } from './import-runs.repo.ts';
import type { ImportRun } from './import-runs.schema.ts';

const ctx = useTestApp();
let workers: WorkerProcess;
let officer: AuthHeaders;
let other: AuthHeaders;

beforeAll(async () => {
  officer = await ctx.as('regional_officer', { regions: ['32.73'] });
  other = await ctx.as('regional_officer', { regions: ['32.73'] }, { personalDataAccess: true });
  workers = await startWorkers(ctx.url, { concurrency: 1, pollInterval: 100 });
});
afterAll(async () => {
  await workers?.stop();
});

/** Enterprises `0…count-1` of 2023 (Kota Bandung), `change` editing any row. */
const csv = (count: number, change?: Parameters<typeof dinasRows>[2]) =>
  toCsv(dinasRows(count, [2023], change));

async function start(file: string, headers: AuthHeaders, query = ''): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/import-runs/enterprises?fileName=ikm.csv${query}`,
    payload: file,
    headers: { 'content-type': CONTENT_TYPES.csv, ...headers },
  });
  expect(response.statusCode, response.body).toBe(202);
  expect(response.json().status).toBe('queued');
  return response.json().id as string;
}

/** Polls the run as its user until it ended. */
async function ended(id: string, headers: AuthHeaders): Promise<ImportRun> {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const response = await ctx.app.inject({ url: `/api/import-runs/${id}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    const run = response.json() as ImportRun;
    if (run.status === 'done' || run.status === 'failed') return run;
    await sleep(100);
  }
  throw new Error('the run did not end');
}

const fileOf = async (id: string) =>
  (await ctx.db.selectFrom('import_runs').select('bytes').where('id', '=', id).executeTakeFirstOrThrow())
    .bytes;

describe('an import run on the job queue', () => {
  it('writes the rows the synchronous import writes, as the importing user, and drops the file', async () => {
    const file = csv(6);
    const run = await ended(await start(file, officer), officer);
    expect(run).toMatchObject({
      status: 'done',
      kind: 'enterprises',
      fileName: 'ikm.csv',
      phase: 'written',
      rowsRead: 6,
      rowsWritten: 6,
      error: null,
      result: { rows: 6, inserted: 6, updated: 0, unchanged: 0, errorCount: 0, dryRun: false },
    });
    expect(run.finishedAt).not.toBeNull();
    expect(await fileOf(run.id)).toBeNull();

    // The same file imported synchronously finds every row already as it would have written it.
    const after = await registryState(ctx.db);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/import/enterprises',
      payload: file,
      headers: { 'content-type': CONTENT_TYPES.csv, ...officer },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ rows: 6, inserted: 0, updated: 0, unchanged: 6 });
    expect(await registryState(ctx.db)).toEqual(after);

    // The audit trail names the officer, not the worker.
    const me = (await ctx.app.inject({ url: '/api/auth/me', headers: officer })).json().user;
    const { id } = await ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', 'IKM Sepatu Uji 0')
      .executeTakeFirstOrThrow();
    const audit = await ctx.app.inject({ url: `/api/audit?entityType=enterprises&entityId=${id}` });
    const entries = audit.json().items as AuditEntry[];
    expect(entries[0]).toMatchObject({ action: 'insert', actorUserId: me.id, actorLabel: me.email });
  });

  it('leaves the data unchanged when the file is refused, with the error in the importer’s language', async () => {
    const before = await registryState(ctx.db);
    const bad = csv(8, (row, i) => {
      row.telp = `0813${String(2_000_000 + i)}`;
      if (i === 5) row.tkl = 'x';
    });
    const run = await ended(await start(bad, officer, '&lang=en'), officer);
    expect(run.status).toBe('failed');
    expect(run.rowsWritten).toBe(0);
    expect(run.result).toMatchObject({ rows: 8, errorCount: 1 });
    expect(run.error).toEqual({
      code: 'unprocessable',
      message: '1 error(s) in the file; nothing was saved.',
      details: [
        {
          path: 'row 7, column tkl',
          message: '"x" is not a number (write 1250000, 1.250.000 or 1.250.000,5).',
        },
      ],
    });
    expect(await registryState(ctx.db)).toEqual(before);
    expect(await fileOf(run.id)).toBeNull();
  });

  it('fails a run whose rows lie outside the importer’s regions, writing nothing', async () => {
    const before = await registryState(ctx.db);
    const bandungOnly = await ctx.as('regional_officer', { regions: ['33.20'] });
    const run = await ended(await start(csv(3), bandungOnly), bandungOnly);
    expect(run.status).toBe('failed');
    expect(run.error?.code).toBe('unprocessable');
    // Started without a language: Indonesian, the default, as the synchronous import answers.
    expect(run.error?.details[0]?.message).toContain('di luar wilayah atau sentra tugas Anda');
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('does nothing when a run that ended is delivered again (the job is at least once)', async () => {
    const id = await start(
      csv(3, (row) => Object.assign(row, { nama_ikm: `${row.nama_ikm} Ulang` })),
      officer,
    );
    const first = await ended(id, officer);
    expect(first.result).toMatchObject({ inserted: 3 });
    const state = await registryState(ctx.db);
    await importRunTask.run({ runId: id }, { db: ctx.db, jobId: 'ulang', attempt: 2 });
    expect(await ended(id, officer)).toEqual(first);
    expect(await registryState(ctx.db)).toEqual(state);
  });

  it('shows a run to its user and an admin only, and lists only the caller’s own runs', async () => {
    const id = await start(csv(2), officer);
    await ended(id, officer);
    const stranger = await ctx.app.inject({ url: `/api/import-runs/${id}`, headers: other });
    expect(stranger.statusCode).toBe(403);
    expect((await ctx.app.inject({ url: `/api/import-runs/${id}` })).statusCode).toBe(200);
    const mine = (await ctx.app.inject({ url: '/api/import-runs', headers: officer })).json() as ImportRun[];
    expect(mine.map((r) => r.id)).toContain(id);
    const theirs = (await ctx.app.inject({ url: '/api/import-runs', headers: other })).json() as ImportRun[];
    expect(theirs.map((r) => r.id)).not.toContain(id);
    const unknown = await ctx.app.inject({ url: '/api/import-runs/00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a third unfinished run of one user with 429 in their language, storing nothing', async () => {
    const admin = await ctx.as('admin');
    const me = (await ctx.app.inject({ url: '/api/auth/me', headers: admin })).json().user.id as string;
    // Two runs waiting (rows only, no job: they stay queued), as two earlier uploads would be.
    for (let n = 0; n < 2; n += 1) {
      await insertImportRun(ctx.db, {
        userId: me,
        via: 'session',
        language: 'id',
        kind: 'centers',
        format: 'csv',
        fileName: 'antre.csv',
        bytes: Buffer.from('nama\n'),
        options: { dryRun: false },
        bodyLimit: 1024 * 1024,
        timeoutSeconds: 60,
      });
    }
    const count = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('import_runs')
            .select((e) => e.fn.countAll().as('n'))
            .where('user_id', '=', me)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/import-runs/enterprises?fileName=ikm.csv',
      payload: csv(1),
      headers: { 'content-type': CONTENT_TYPES.csv, 'accept-language': 'en', ...admin },
    });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('30');
    expect(response.json().error.message).toBe(
      'You already have 2 imports running; wait for one to finish, then try again.',
    );
    expect(await count()).toBe(2);
  });
});
