import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/database.ts';
import { buildCenterInput, buildEnterpriseInput, buildInstitutionInput } from '../../../test/factories.ts';
import { BANDUNG, centerWith, created } from '../../interactions/interactions.test-helpers.ts';
import { withLang } from '../../shared/i18n.ts';
import { exportBytes, importContent, toCsv } from '../io.test-helpers.ts';
import { CONTENT_TYPES } from '../read-table.ts';

const ctx = useTestApp();

let sido: string;
let siti: string;
let jaya: string;
let koperasi: string;

beforeAll(async () => {
  const firm = async (name: string, extra: Record<string, unknown> = {}) =>
    (await created(ctx, '/api/enterprises', buildEnterpriseInput({ name, ...extra }))).id!;
  sido = await firm('Batik Sido Mukti', { nib: '1234567890123' });
  siti = await firm('Batik Tulis Ibu Ṣiti');
  jaya = await firm('CV Batik Jaya & Putra', { externalId: 'IKM-JAYA' });
  const center = (await created(ctx, '/api/centers', buildCenterInput({ externalId: 'SNT-BTK' }))).id!;
  for (const enterpriseId of [sido, siti, jaya]) {
    await created(ctx, '/api/center-memberships', {
      centerId: center,
      enterpriseId,
      validFrom: '2015-01-01',
    });
  }
  koperasi = (
    await created(ctx, '/api/institutions', buildInstitutionInput({ name: 'Koperasi Batik Bandung' }))
  ).id!;
});

const row = (overrides: Record<string, string> = {}) => ({
  sentra: 'SNT-BTK',
  dari_ikm: 'Batik Sido Mukti',
  ke_ikm: 'batik tulis  ibu ṣiti',
  jenis: 'Maklun',
  mulai: '01/02/2020',
  kekuatan: '4',
  dilaporkan_oleh: 'satu_pihak',
  ...overrides,
});

/** The four ties of the happy file: by name, NIB, code and id; a symmetric tie written "backwards"; an institution end. */
const GOOD = [
  row(),
  row({ dari_ikm: 'IKM-JAYA', ke_ikm: '1234567890123', jenis: 'Beli bahan bersama', mulai: '2021-03-01' }),
  row({
    dari_ikm: 'CV Batik Jaya & Putra',
    ke_ikm: 'Batik Sido Mukti',
    jenis: 'PRICE_UNDERCUTTING',
    selesai: '2022-01-01',
  }),
  row({
    ke_ikm: '',
    ke_lembaga: 'Koperasi Batik Bandung',
    jenis: 'Berbagi ilmu/magang',
    formalitas: 'tertulis',
  }),
];

const tiesOf = async () =>
  (
    await sql<Record<string, unknown>>`
      SELECT type, from_enterprise_id, to_enterprise_id, to_institution_id, valence, legal_pattern, start_date::text,
             end_date::text, strength, formality, reported_by, confidence, confidential, version
        FROM interactions ORDER BY type`.execute(ctx.db)
  ).rows;

describe('tie import (interactions)', () => {
  it('resolves ends by name, NIB, code and id, applies the interaction rules, and is idempotent', async () => {
    expect(await importContent(ctx.db, 'interactions', toCsv(GOOD))).toMatchObject({
      inserted: 4,
      errorCount: 0,
    });
    const ties = await tiesOf();
    const [low, high] = [jaya, sido].sort();
    expect(ties).toEqual([
      expect.objectContaining({ type: 'JOINT_PURCHASING', from_enterprise_id: low, to_enterprise_id: high }),
      expect.objectContaining({
        type: 'KNOWLEDGE_SHARING',
        to_institution_id: koperasi,
        formality: 'written',
      }),
      expect.objectContaining({
        type: 'PRICE_UNDERCUTTING',
        from_enterprise_id: jaya,
        to_enterprise_id: sido,
        valence: 'conflict',
        confidential: true,
        end_date: '2022-01-01',
      }),
      expect.objectContaining({
        type: 'TOLL_MANUFACTURING',
        from_enterprise_id: sido,
        to_enterprise_id: siti,
        valence: 'collaboration',
        legal_pattern: null,
        start_date: '2020-02-01',
        strength: 4,
        formality: 'oral',
        reported_by: 'one_party',
        confidence: 'reported',
        confidential: false,
      }),
    ]);
    expect(await importContent(ctx.db, 'interactions', toCsv(GOOD))).toMatchObject({
      inserted: 0,
      unchanged: 4,
    });
    expect((await tiesOf()).map((t) => t.version)).toEqual([1, 1, 1, 1]);
  });

  it('round-trips its export, and updates only the ties whose cells changed', async () => {
    const exported = (await exportBytes(ctx.db, 'interactions', 'csv')).toString('utf8');
    expect(exported.split('\n')[0]).toContain('id,sentra,nama_sentra,dari_ikm');
    expect(exported).toContain('Banting harga');
    expect(await importContent(ctx.db, 'interactions', exported)).toMatchObject({ unchanged: 4, updated: 0 });
    const stronger = exported
      .replace(',Maklun,', ',Maklun,')
      .replace(/(Maklun,[^\n]*?,2020-02-01,,[^,]*,)4,/, '$15,');
    expect(stronger).not.toBe(exported);
    expect(await importContent(ctx.db, 'interactions', stronger)).toMatchObject({ updated: 1, unchanged: 3 });
    const maklun = (await tiesOf()).find((t) => t.type === 'TOLL_MANUFACTURING');
    expect(maklun).toMatchObject({ strength: 5, version: 2 });
  });

  it('restores its export into an empty database with the same ids, byte for byte', async () => {
    const empty = await createTestDatabase();
    try {
      for (const kind of ['centers', 'institutions', 'enterprises'] as const) {
        const file = (await exportBytes(ctx.db, kind, 'csv')).toString('utf8');
        expect((await importContent(empty.db, kind, file)).errors, kind).toEqual([]);
      }
      const ties = await exportBytes(ctx.db, 'interactions', 'csv');
      const report = await importContent(empty.db, 'interactions', ties.toString('utf8'));
      expect(report).toMatchObject({ errors: [], inserted: 4 });
      expect(await exportBytes(empty.db, 'interactions', 'csv')).toEqual(ties);
    } finally {
      await empty.drop();
    }
  });

  it('refuses a file with any wrong row, says which row, column and why, and writes nothing', async () => {
    const before = await tiesOf();
    const report = await withLang('en', () =>
      importContent(
        ctx.db,
        'interactions',
        toCsv([
          row({ ke_ikm: 'Batik Tulis Ibu Siti', mulai: '2024-01-01' }),
          row({ ke_ikm: 'Batik Sido Mukti', mulai: '2024-01-01' }),
          row({ selesai: '2019-01-01', mulai: '2024-01-01' }),
          row({ ke_ikm: '', ke_lembaga: 'Koperasi Batik Bandung', jenis: 'Maklun', mulai: '2024-01-01' }),
          row({ jenis: 'Maklun', valensi: 'konflik', mulai: '2024-01-01' }),
          row({ jenis: 'Kerjasama apa saja' }),
          row({ mulai: '2020-06-01' }),
          row({ mulai: '2024-05-01', kekuatan: '3' }),
          row({ mulai: '2024-05-01' }),
        ]),
      ),
    );
    const where = report.errors.map((e) => [e.row, e.column]);
    expect(where).toEqual([
      [2, 'ke_ikm'],
      [3, 'ke_ikm'],
      [4, 'selesai'],
      [5, 'ke_lembaga'],
      [6, 'valensi'],
      [7, 'jenis'],
      [8, 'mulai'],
      [9, 'mulai'],
      [10, 'mulai'],
      [10, 'mulai'],
    ]);
    const messages = report.errors.map((e) => e.message);
    expect(messages[0]).toContain('Enterprise "Batik Tulis Ibu Siti" was not found');
    expect(messages[6]).toContain(`stored tie`);
    expect(messages[8]).toContain('Duplicate: row 9');
    expect(await tiesOf()).toEqual(before);
  });

  it('lets an importer write only ties the interaction policy lets them write', async () => {
    const jepara = await ctx.as('regional_officer', { regions: ['33.20'] });
    const post = (headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/import/interactions?lang=en',
        payload: toCsv([row({ jenis: 'Oper pesanan', mulai: '2025-01-01' })]),
        headers: { 'content-type': CONTENT_TYPES.csv, ...headers },
      });
    const refused = await post(jepara);
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('dari_ikm');
    const bandung = await post(await ctx.as('regional_officer', { regions: ['32.73'] }));
    expect(bandung.statusCode, bandung.body).toBe(200);
    expect(bandung.json()).toMatchObject({ inserted: 1 });
  });

  it('offers a template with the Indonesian headers', async () => {
    const response = await ctx.app.inject({ url: '/api/templates/interactions.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeGreaterThan(1000);
  });
});

describe('tie import edge cases', () => {
  it('an ambiguous exact name is an error naming how many members match', async () => {
    const twin = async () =>
      (await created(ctx, '/api/enterprises', buildEnterpriseInput({ name: 'Batik Kembar' }))).id!;
    const [x, y, z] = [await twin(), await twin(), await twin()];
    await centerWith(ctx, [x, y, z], BANDUNG);
    const code = (
      await ctx.db
        .selectFrom('centers')
        .select(['id'])
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
    const report = await importContent(
      ctx.db,
      'interactions',
      toCsv([row({ sentra: code, dari_ikm: x, ke_ikm: 'Batik Kembar', mulai: '2023-01-01' })]),
    );
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'ke_ikm',
        message: 'Nama "Batik Kembar" cocok dengan 3 IKM anggota sentra ini; tulis id atau NIB-nya.',
      },
    ]);
  });
});
