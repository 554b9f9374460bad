import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildEnterpriseInput } from '../../../test/factories.ts';
import { created } from '../../interactions/interactions.test-helpers.ts';
import { withLang } from '../../shared/i18n.ts';
import { exportBytes, importContent, toCsv } from '../io.test-helpers.ts';

const ctx = useTestApp();

let sepatu: string;
let batik: string;

beforeAll(async () => {
  sepatu = (
    await created(
      ctx,
      '/api/enterprises',
      buildEnterpriseInput({ name: 'Sepatu Impor', externalId: 'IKM-SPT' }),
    )
  ).id!;
  batik = (
    await created(
      ctx,
      '/api/enterprises',
      buildEnterpriseInput({ name: 'Batik Impor', nib: '9876543210123' }),
    )
  ).id!;
});

const row = (overrides: Record<string, string> = {}) => ({
  ikm: 'IKM-SPT',
  proses: 'footwear.cutting:2; footwear.lasting:3',
  kapasitas_per_bulan: '2.000',
  satuan_kapasitas: 'pasang',
  kapasitas_luang_persen: '40',
  waktu_pengerjaan_hari: '14',
  pesanan_minimum: '50',
  terima_maklun: 'ya',
  terima_subkontrak: 'tidak',
  terima_bahan_pemesan: 'ya',
  sertifikasi: 'SNI:2030-12-31; TKDN-IK',
  ...overrides,
});

async function profile(id: string) {
  return (await ctx.app.inject({ url: `/api/enterprises/${id}/capability` })).json();
}

describe('capabilities import', () => {
  it('imports one row per enterprise with processes as code:level and certifications as KIND:until', async () => {
    const report = await importContent(
      ctx.db,
      'capabilities',
      toCsv([
        row(),
        row({
          ikm: '9876543210123',
          proses: 'batik.cap:2;batik.pewarnaan:1',
          sertifikasi: '',
          satuan_kapasitas: 'lembar',
        }),
      ]),
    );
    expect(report).toMatchObject({ inserted: 2, errorCount: 0 });
    const shoes = await profile(sepatu);
    expect(shoes).toMatchObject({
      monthlyCapacity: 2000,
      capacityUnit: 'pasang',
      spareCapacityPct: 40,
      acceptsToll: true,
      acceptsSubcontract: false,
      acceptsClientMaterials: true,
      stale: false,
    });
    expect(
      shoes.processes.map((p: { processCode: string; level: number }) => `${p.processCode}:${p.level}`),
    ).toEqual(['footwear.cutting:2', 'footwear.lasting:3']);
    expect(
      shoes.certifications.map((c: { kind: string; validUntil: string | null }) => [c.kind, c.validUntil]),
    ).toEqual([
      ['SNI', '2030-12-31'],
      ['TKDN_IK', null],
    ]);
    expect((await profile(batik)).processes).toHaveLength(2);
  });

  it('refuses the whole file for a wrong process code, naming the row, the column and the valid codes', async () => {
    const before = await profile(sepatu);
    const file = toCsv([
      row({ kapasitas_luang_persen: '5' }),
      row({ ikm: '9876543210123', proses: 'batik.cap:2; batik.tulis:3' }),
    ]);
    const report = await withLang('en', () => importContent(ctx.db, 'capabilities', file));
    expect(report.errorCount).toBeGreaterThan(0);
    const issue = report.errors.find((e: { column: string }) => e.column === 'proses');
    expect(issue).toMatchObject({ row: 3, column: 'proses' });
    expect(issue?.message).toContain('batik.tulis');
    expect(issue?.message).toContain('batik.nyorek');
    expect(issue?.message).toContain('batik.nglorod');
    // All or nothing: the first row's change was not written either.
    expect((await profile(sepatu)).spareCapacityPct).toBe(before.spareCapacityPct);

    const unknownSector = await withLang('id', () =>
      importContent(ctx.db, 'capabilities', toCsv([row({ proses: 'sepatu.lasting:3' })])),
    );
    expect(unknownSector.errors[0]?.message).toMatch(/Sektor yang ada: batik, footwear/);
    const badLevel = await withLang('en', () =>
      importContent(ctx.db, 'capabilities', toCsv([row({ proses: 'footwear.lasting:4' })])),
    );
    expect(badLevel.errors[0]).toMatchObject({ column: 'proses' });
    expect(badLevel.errors[0]?.message).toMatch(/level must be 1/);
  });

  it('round-trips its export', async () => {
    const exported = (await exportBytes(ctx.db, 'capabilities', 'csv')).toString('utf8');
    expect(exported.split('\n')[0]).toContain('ikm,nama_ikm,proses');
    expect(exported).toContain('footwear.cutting:2; footwear.lasting:3');
    const before = await profile(sepatu);
    const again = await importContent(ctx.db, 'capabilities', exported);
    expect(again).toMatchObject({ errorCount: 0, inserted: 0, updated: 0, unchanged: 2 });
    expect((await profile(sepatu)).version).toBe(before.version);
    // One changed cell changes one profile; a certificate named again keeps what the file does not carry.
    await ctx.db
      .updateTable('capability_certifications')
      .set({ number: 'SNI-123', valid_from: '2025-01-01' })
      .where('enterprise_id', '=', sepatu)
      .where('kind', '=', 'SNI')
      .execute();
    const changed = exported.replace(
      'footwear.cutting:2; footwear.lasting:3',
      'footwear.cutting:3; footwear.lasting:3',
    );
    expect(await importContent(ctx.db, 'capabilities', changed)).toMatchObject({ updated: 1, unchanged: 1 });
    const after = await profile(sepatu);
    expect(after.version).toBe(before.version + 1);
    expect(after.processes[0]).toMatchObject({ processCode: 'footwear.cutting', level: 3 });
    await importContent(ctx.db, 'capabilities', changed.replace('TKDN-IK', 'TKDN-IK; HALAL:2029-01-01'));
    expect(
      (await profile(sepatu)).certifications.find((c: { kind: string }) => c.kind === 'SNI'),
    ).toMatchObject({
      number: 'SNI-123',
      validFrom: '2025-01-01',
    });
  });
});
