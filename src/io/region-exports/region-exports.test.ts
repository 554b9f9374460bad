import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, useTestApp } from '../../../test/app.ts';
import { buildEnterpriseInput } from '../../../test/factories.ts';
import { startWorkers, type WorkerProcess } from '../../jobs/runner.ts';
import { dinasRows, importContent, toCsv } from '../io.test-helpers.ts';
import { unzipParts } from '../zip.test-helpers.ts';
import { expireRegionExports, insertRegionExport } from './region-exports.repo.ts';
import type { RegionExport } from './region-exports.schema.ts';

const ctx = useTestApp();
let workers: WorkerProcess;
let bandung: AuthHeaders;
let ministry: AuthHeaders;
let admin: AuthHeaders;
const JEPARA_FIRM = 'IKM Mebel Jepara Ekspor';

beforeAll(async () => {
  bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
  ministry = await ctx.as('ministry');
  admin = await ctx.as('admin');
  // Four Kota Bandung firms (the Dinas sheet's region) and one of Kab. Jepara.
  await importContent(ctx.db, 'enterprises', toCsv(dinasRows(4, [2023])));
  const jepara = await ctx.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    headers: admin,
    payload: buildEnterpriseInput({ name: JEPARA_FIRM, regionCode: '33.20.11.2001' }),
  });
  expect(jepara.statusCode, jepara.body).toBe(201);
  workers = await startWorkers(ctx.url, { concurrency: 1, pollInterval: 100 });
});
afterAll(async () => {
  await workers?.stop();
});

async function start(headers: AuthHeaders, regionCode: string, format = 'csv') {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/region-exports',
    headers,
    payload: { regionCode, format },
  });
}

/** Polls the export as its user until it ended. */
async function ended(id: string, headers: AuthHeaders): Promise<RegionExport> {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const response = await ctx.app.inject({ url: `/api/region-exports/${id}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    const entry = response.json() as RegionExport;
    if (entry.status === 'done' || entry.status === 'failed') return entry;
    await sleep(100);
  }
  throw new Error('the export did not end');
}

async function download(id: string, headers: AuthHeaders) {
  const response = await ctx.app.inject({ url: `/api/region-exports/${id}/file`, headers });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/zip');
  return unzipParts(response.rawPayload);
}

const exportCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('region_exports')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a region export on the job queue', () => {
  it('writes one re-importable file per kind, the same bytes as each synchronous export of that area', async () => {
    const created = await start(bandung, '32.73');
    expect(created.statusCode, created.body).toBe(202);
    expect(created.json()).toMatchObject({
      status: 'queued',
      regionCode: '32.73',
      regionName: 'Kota Bandung',
    });
    const entry = await ended(created.json().id, bandung);
    expect(entry).toMatchObject({ status: 'done', error: null, phase: null });
    expect(entry.fileName).toMatch(/^simpul-32\.73-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(entry.counts?.enterprises).toBe(4);
    expect(entry.rowsWritten).toBe(Object.values(entry.counts ?? {}).reduce((a, b) => a + b, 0));

    const parts = await download(entry.id, bandung);
    expect(parts.map((p) => p.name)).toEqual([
      'centers.csv',
      'enterprises.csv',
      'institutions.csv',
      'memberships.csv',
      'interactions.csv',
    ]);
    // The officer's area is exactly Kota Bandung, so each file equals what GET /api/export/:kind gives them.
    for (const part of parts) {
      const kind = part.name.replace('.csv', '');
      const direct = await ctx.app.inject({ url: `/api/export/${kind}?format=csv`, headers: bandung });
      expect(part.data.equals(direct.rawPayload), kind).toBe(true);
    }
    expect(parts[1]?.data.toString()).not.toContain(JEPARA_FIRM);

    // The officer hears of it in the inbox, with a link to the export screen.
    const inbox = await ctx.app.inject({ url: '/api/notifications', headers: bandung });
    const notice = inbox.json().items.find((n: { link: string }) => n.link === `/ekspor?id=${entry.id}`);
    expect(notice?.subject).toBe('Ekspor Kota Bandung (32.73) siap diunduh');
  });

  it('narrows a national exporter to the region asked for', async () => {
    const created = await start(ministry, '33.20', 'xlsx');
    expect(created.statusCode, created.body).toBe(202);
    const entry = await ended(created.json().id, ministry);
    expect(entry.counts?.enterprises).toBe(1);
    const parts = await download(entry.id, ministry);
    expect(parts.map((p) => p.name)).toContain('enterprises.xlsx');
    const workbook = await unzipParts(parts.find((p) => p.name === 'enterprises.xlsx')!.data);
    const sheet = workbook.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data.toString();
    expect(sheet).toContain(JEPARA_FIRM);
    expect(sheet).not.toContain('32.73');
  });

  it('refuses a region outside the officer’s area and an unknown region, writing nothing', async () => {
    const before = await exportCount();
    const wider = await start(bandung, '32');
    expect(wider.statusCode).toBe(403);
    const unknown = await start(ministry, '32.99');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.message).toBe('Kode wilayah: 32.99 tidak ditemukan.');
    const english = await ctx.app.inject({
      method: 'POST',
      url: '/api/region-exports',
      headers: { ...ministry, 'accept-language': 'en' },
      payload: { regionCode: 'Bandung' },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.details[0].message).toContain('Region code');
    expect(await exportCount()).toBe(before);
  });

  it('shows an export to its user and an admin only, and says when its file is not there', async () => {
    const me = (await ctx.app.inject({ url: '/api/auth/me', headers: bandung })).json().user.id as string;
    const id = await insertRegionExport(ctx.db, {
      userId: me,
      via: 'session',
      language: 'id',
      regionCode: '32.73',
      format: 'csv',
    });
    expect((await ctx.app.inject({ url: `/api/region-exports/${id}`, headers: ministry })).statusCode).toBe(
      403,
    );
    expect((await ctx.app.inject({ url: `/api/region-exports/${id}`, headers: admin })).statusCode).toBe(200);
    const early = await ctx.app.inject({ url: `/api/region-exports/${id}/file`, headers: bandung });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('belum selesai');
    const list = await ctx.app.inject({ url: '/api/region-exports', headers: bandung });
    expect((list.json() as RegionExport[]).map((e) => e.id)).toContain(id);
    const others = await ctx.app.inject({ url: '/api/region-exports', headers: ministry });
    expect((others.json() as RegionExport[]).map((e) => e.id)).not.toContain(id);
  });

  it('drops a file after a week and says so', async () => {
    const created = await start(bandung, '32.73');
    const entry = await ended(created.json().id, bandung);
    await ctx.db
      .updateTable('region_exports')
      .set({ finished_at: new Date(Date.now() - 8 * 86_400_000) })
      .where('id', '=', entry.id)
      .execute();
    expect(await expireRegionExports(ctx.db, new Date(Date.now() - 7 * 86_400_000))).toBeGreaterThanOrEqual(
      1,
    );
    const gone = await ctx.app.inject({
      url: `/api/region-exports/${entry.id}/file`,
      headers: { ...bandung, 'accept-language': 'en' },
    });
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.message).toContain('removed');
    const row = await ctx.db
      .selectFrom('region_exports')
      .select(['status', 'bytes'])
      .where('id', '=', entry.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'expired', bytes: null });
  });

  it('refuses a third unfinished export of one user with 429, storing nothing', async () => {
    const me = (await ctx.app.inject({ url: '/api/auth/me', headers: admin })).json().user.id as string;
    for (let n = 0; n < 2; n += 1) {
      await insertRegionExport(ctx.db, {
        userId: me,
        via: 'session',
        language: 'id',
        regionCode: '32',
        format: 'csv',
      });
    }
    const before = await exportCount();
    const refused = await start(admin, '32.73');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toBe(
      'Anda sudah punya 2 ekspor yang belum selesai; tunggu salah satunya selesai lalu coba lagi.',
    );
    expect(await exportCount()).toBe(before);
  });
});
