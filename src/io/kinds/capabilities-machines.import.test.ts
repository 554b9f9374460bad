import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildEnterpriseInput } from '../../../test/factories.ts';
import { created } from '../../interactions/interactions.test-helpers.ts';
import { withLang } from '../../shared/i18n.ts';
import { exportBytes, importContent, toCsv } from '../io.test-helpers.ts';

const ctx = useTestApp();

let firm: string;

beforeAll(async () => {
  firm = (
    await created(
      ctx,
      '/api/enterprises',
      buildEnterpriseInput({ name: 'Mesin Impor', externalId: 'IKM-MSN' }),
    )
  ).id!;
});

const row = (mesin: string) => ({
  ikm: 'IKM-MSN',
  proses: 'footwear.upper:2',
  kapasitas_per_bulan: '800',
  satuan_kapasitas: 'pasang',
  mesin,
});

async function machines(): Promise<string[]> {
  const profile = (await ctx.app.inject({ url: `/api/enterprises/${firm}/capability` })).json();
  return profile.machines.map(
    (m: { machineType: string; count: number; acquired: string; capacity: string | null }) =>
      `${m.machineType}|${m.count}|${m.acquired}|${m.capacity ?? ''}`,
  );
}

describe('capabilities import: machines', () => {
  it('imports machines as type:count:acquired[:capacity] items, and round-trips them', async () => {
    const report = await importContent(
      ctx.db,
      'capabilities',
      toCsv([
        row('mesin jahit:4:milik sendiri:300 pasang/hari; mesin press sol:1:hibah; oven:2:Fasilitas Bersama'),
      ]),
    );
    expect(report).toMatchObject({ inserted: 1, errorCount: 0 });
    expect(await machines()).toEqual([
      'mesin jahit|4|own|300 pasang/hari',
      'mesin press sol|1|grant|',
      'oven|2|shared_facility|',
    ]);
    const exported = (await exportBytes(ctx.db, 'capabilities', 'csv')).toString('utf8');
    expect(exported.split('\n')[0]).toMatch(/,mesin\r?$/);
    expect(exported).toContain(
      'mesin jahit:4:milik sendiri:300 pasang/hari;mesin press sol:1:hibah;oven:2:fasilitas bersama',
    );
    expect(await importContent(ctx.db, 'capabilities', exported)).toMatchObject({ updated: 0, unchanged: 1 });
    const changed = await importContent(ctx.db, 'capabilities', toCsv([row('mesin jahit:5:own')]));
    expect(changed).toMatchObject({ updated: 1 });
    expect(await machines()).toEqual(['mesin jahit|5|own|']);
  });

  it('refuses the whole file for a wrong way of acquiring, naming the row, the column and the valid values', async () => {
    const before = await machines();
    const file = toCsv([row('mesin jahit:9:milik sendiri'), row('mesin jahit:2:sewa')]);
    const report = await withLang('en', () => importContent(ctx.db, 'capabilities', file));
    expect(report.errorCount).toBeGreaterThan(0);
    const issue = report.errors.find((e: { column: string }) => e.column === 'mesin');
    expect(issue).toMatchObject({ row: 3, column: 'mesin' });
    expect(issue?.message).toContain('"sewa" is not a way of acquiring a machine');
    expect(issue?.message).toContain('milik sendiri, hibah, fasilitas bersama');
    expect(await machines()).toEqual(before);
    const id = await withLang('id', () =>
      importContent(ctx.db, 'capabilities', toCsv([row('mesin jahit:nol:hibah')])),
    );
    expect(id.errors[0]).toMatchObject({ row: 2, column: 'mesin' });
    expect(id.errors[0]?.message).toContain('jumlah mesin "nol" harus bilangan bulat');
    expect(await machines()).toEqual(before);
  });
});
