import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import type { AuditEntry } from '../audit/audit.schema.ts';
import { type UserActor, withActor } from '../auth/actor.ts';
import { AppError } from '../shared/errors.ts';
import { dinasRows, importContent, registryState, toCsv } from './io.test-helpers.ts';

const ctx = useTestApp();

const officer: UserActor = {
  kind: 'user',
  userId: '33333333-3333-4333-8333-333333333333',
  email: 'pengimpor@dinas.example',
  role: 'regional_officer',
  scopes: { regions: ['32.73'], centers: [], enterprises: [], projects: [] },
  personalDataAccess: true,
  via: 'token',
  tokenId: '44444444-4444-4444-8444-444444444444',
  readOnly: false,
};

const audit = async (query: string) => {
  const response = await ctx.app.inject({ url: `/api/audit?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as AuditEntry[];
};

const enterpriseId = async (name: string) =>
  (await ctx.db.selectFrom('enterprises').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

describe('import through COPY', () => {
  it('writes nothing when the file turns out malformed after thousands of rows were already streamed', async () => {
    const before = await registryState(ctx.db);
    // ~3,000 rows (well over one COPY chunk) before the unclosed quote on the last line.
    const file = `${toCsv(dinasRows(750, [2021, 2022, 2023, 2024]))}\n2024,"IKM tanpa kutip penutup,x\n`;
    const failure = await importContent(ctx.db, 'enterprises', file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toContain('baris 3002 tidak pernah ditutup');
    expect(await registryState(ctx.db)).toEqual(before);
    // The session went back to the pool usable: the cancelled COPY left nothing pending on it.
    const report = await importContent(ctx.db, 'enterprises', toCsv(dinasRows(3, [2024])));
    expect(report).toMatchObject({ inserted: 3, errorCount: 0 });
  });
});

describe('audit trail of an import', () => {
  /** Two enterprises (`IKM Audit 0`, `IKM Audit 1`) × 2 years, every row with this phone number. */
  const rows = (phone: string) =>
    toCsv(
      dinasRows(2, [2023, 2024], (row, i) => {
        const n = Math.floor(i / 2);
        Object.assign(row, { nama_ikm: `IKM Audit ${n}`, nama_pemilik: `Pemilik Audit ${n}`, telp: phone });
      }),
    );

  it('shows each changed row with its actor, before and after, under one header per statement', async () => {
    const first = await withActor(
      officer,
      () => importContent(ctx.db, 'enterprises', rows('081200000001')),
      'imp-1',
    );
    expect(first).toMatchObject({ inserted: 4, errorCount: 0 });
    const id = await enterpriseId('IKM Audit 0');

    const inserted = await audit(`entityType=enterprises&entityId=${id}`);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toMatchObject({
      action: 'insert',
      actorLabel: officer.email,
      actorUserId: officer.userId,
      tokenId: officer.tokenId,
      requestId: 'imp-1',
      regionCodes: ['32.73.17.1003'],
      before: null,
      after: { id, name: 'IKM Audit 0', phone: '081200000001' },
    });
    // Each yearly row has its own entry too, keyed as before (enterprise/year/source).
    const year = await audit(`entityType=enterprise_year_data&entityId=${id}/2024/dinas_census`);
    expect(year[0]).toMatchObject({ action: 'insert', after: { year: 2024 }, actorLabel: officer.email });

    await withActor(officer, () => importContent(ctx.db, 'enterprises', rows('081200000002')), 'imp-2');
    const history = await audit(`entityType=enterprises&entityId=${id}`);
    expect(history.map((e) => e.action)).toEqual(['update', 'insert']);
    expect(history[0]).toMatchObject({
      requestId: 'imp-2',
      before: { phone: '081200000001', version: 1 },
      after: { phone: '081200000002', version: 2 },
    });

    // The bulk shape: one header per table and statement, no per-row audit_log rows for the import.
    const { rows: headers } = await sql<{
      entity_type: string;
      action: string;
      row_count: number;
      n: number;
    }>`
      SELECT entity_type, action, row_count, count(*) OVER (PARTITION BY transaction_id)::int AS n
        FROM audit_log WHERE request_id = 'imp-1' ORDER BY id`.execute(ctx.db);
    expect(headers.every((h) => h.row_count > 0)).toBe(true);
    expect(headers).toContainEqual(expect.objectContaining({ entity_type: 'enterprises', row_count: 2 }));
    expect(headers).toContainEqual(
      expect.objectContaining({ entity_type: 'enterprise_year_data', row_count: 4 }),
    );
  });

  it('lets a regional officer see only the imported rows of their own regions', async () => {
    const elsewhere = toCsv(
      dinasRows(1, [2024], (row) => Object.assign(row, { nama_ikm: 'IKM Jateng', kode_wilayah: '33.26' })),
    );
    await importContent(ctx.db, 'enterprises', elsewhere);
    const id = await enterpriseId('IKM Jateng');
    const headers = await ctx.as('regional_officer', { regions: ['32.73'] });
    const response = await ctx.app.inject({ url: `/api/audit?entityId=${id}`, headers });
    expect(response.json().total).toBe(0);
    expect((await audit(`entityId=${id}`)).length).toBeGreaterThan(0);
  });

  it('redacts the owner in imported copies when the owner is erased', async () => {
    const id = await enterpriseId('IKM Audit 1');
    const owner = await ctx.db
      .selectFrom('enterprises')
      .select('owner_person_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const mentions = async (text: string) =>
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_bulk_rows
          WHERE coalesce(before::text, '') LIKE ${`%${text}%`} OR coalesce(after::text, '') LIKE ${`%${text}%`}`.execute(
          ctx.db,
        )
      ).rows[0]?.n;
    expect(await mentions('Pemilik Audit 1')).toBeGreaterThan(0);
    expect(await mentions('081200000002')).toBeGreaterThan(0);
    const erased = await ctx.app.inject({
      method: 'POST',
      url: `/api/people/${owner.owner_person_id}/erase`,
      payload: { reason: 'Permintaan pemilik' },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await mentions('Pemilik Audit 1')).toBe(0);
    // Enterprise 0 (another owner) has the same phone number and keeps its copies.
    const history = await audit(`entityType=enterprises&entityId=${id}`);
    expect(history.at(-1)?.after).toMatchObject({ phone: '[dihapus]', address: '[dihapus]' });
    expect(await mentions('081200000002')).toBeGreaterThan(0);
  });
});
