import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { withLang } from '../shared/i18n.ts';
import { dinasRows, importContent, registryState, toCsv } from './io.test-helpers.ts';

const ctx = useTestApp();
const YEARS = [2021, 2022, 2023, 2024];

/** 250 enterprises × 4 years = 1,000 rows; the spreadsheet row of data row `i` is `i + 2`. */
const file = (change?: Parameters<typeof dinasRows>[2]) => toCsv(dinasRows(250, YEARS, change));
const BAD_INDEX = 499;
const badFile = file((row, i) => {
  if (i === BAD_INDEX) row.tkl = 'tiga';
});

describe('enterprise import, all or nothing', () => {
  it('writes nothing when one row of 1,000 is wrong, and names its row and column in Bahasa Indonesia', async () => {
    const before = await registryState(ctx.db);
    const report = await importContent(ctx.db, 'enterprises', badFile);
    expect(report.rows).toBe(1000);
    expect(report.errorCount).toBe(1);
    expect(report.errors).toEqual([
      { row: BAD_INDEX + 2, column: 'tkl', message: expect.stringContaining('"tiga" bukan angka') },
    ]);
    expect([report.inserted, report.updated, report.unchanged]).toEqual([0, 0, 0]);
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('says the same in English when asked', async () => {
    const report = await withLang('en', () => importContent(ctx.db, 'enterprises', badFile));
    expect(report.errors[0]?.message).toBe(
      '"tiga" is not a number (write 1250000, 1.250.000 or 1.250.000,5).',
    );
  });

  it('counts without writing on a dry run', async () => {
    const before = await registryState(ctx.db);
    const report = await importContent(ctx.db, 'enterprises', file(), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, rows: 1000, inserted: 1000, updated: 0, unchanged: 0 });
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('imports the fixed file whole: enterprises, owners, affiliations and the yearly panel', async () => {
    const report = await importContent(ctx.db, 'enterprises', file());
    expect(report).toMatchObject({ rows: 1000, inserted: 1000, updated: 0, unchanged: 0, errorCount: 0 });
    const state = await registryState(ctx.db);
    expect(state).toMatchObject({ enterprises: 250, people: 250, affiliations: 250, years: 1000 });
    const { rows } = await sql<Record<string, unknown>>`
      SELECT e.name, e.legal_form, e.region_code, e.kbli, p.full_name, p.roles, y.year, y.workers_male,
             y.workers_female, y.investment_excl_land_building, y.source, y.vintage
        FROM enterprises e JOIN people p ON p.id = e.owner_person_id
        JOIN person_affiliations a ON a.person_id = p.id AND a.enterprise_id = e.id AND a.role = 'owner'
        JOIN enterprise_year_data y ON y.enterprise_id = e.id
       WHERE e.name = 'IKM Sepatu Uji 7' AND y.year = 2023`.execute(ctx.db);
    expect(rows).toEqual([
      {
        name: 'IKM Sepatu Uji 7',
        legal_form: 'PT',
        region_code: '32.73.17.1003',
        kbli: [{ code: '15201', version: '2020', title: 'Industri alas kaki untuk keperluan sehari-hari' }],
        full_name: 'Pemilik Sintetis 7',
        roles: ['owner'],
        year: 2023,
        workers_male: 4,
        workers_female: 5,
        // Written "57.000.000" in the file: Indonesian thousands separators.
        investment_excl_land_building: 57_000_000,
        source: 'dinas_census',
        vintage: '2023',
      },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await registryState(ctx.db);
    const report = await importContent(ctx.db, 'enterprises', file());
    expect(report).toMatchObject({ rows: 1000, inserted: 0, updated: 0, unchanged: 1000 });
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('updates only what differs: one figure, one owner renamed through the id column, one address, one new year', async () => {
    const before = await registryState(ctx.db);
    const { rows: found } = await sql<{ id: string }>`
      SELECT id FROM enterprises WHERE name = 'IKM Sepatu Uji 20'`.execute(ctx.db);
    const rows = dinasRows(250, YEARS, (row, i) => {
      if (i === 10) row.tkp = '9';
      if (row.nama_ikm === 'IKM Sepatu Uji 20') {
        // Name, owner and village are the key of a row without id or NIB: a new owner name needs the id.
        row.id = found[0]?.id ?? '';
        row.nama_pemilik = 'Pemilik Sintetis Dua Puluh';
      }
      if (row.nama_ikm === 'IKM Sepatu Uji 30') row.alamat = 'Jl. Sukamaju No. 3';
    });
    const extra = { ...rows[0]!, tahun: '2025' };
    const report = await importContent(
      ctx.db,
      'enterprises',
      toCsv([...rows, extra], ['id', ...Object.keys(extra)]),
    );
    // Row 10's figure; enterprise 20's owner and 30's address (each counted once, on its latest row); a 2025 row.
    expect(report).toMatchObject({ rows: 1001, inserted: 1, updated: 3, unchanged: 997 });
    const after = await registryState(ctx.db);
    expect(after).toMatchObject({ enterprises: 250, people: 250, years: 1001 });
    expect(after.people_versions).toBe(Number(before.people_versions) + 1);
    expect(after.enterprise_versions).toBe(Number(before.enterprise_versions) + 1);
  });

  it('recognises an enterprise without id or NIB by name, owner and village, however they are spaced and cased', async () => {
    const rows = dinasRows(1, [2021], (row) => {
      row.nama_ikm = '  ikm   SEPATU uji 0 ';
      row.nama_pemilik = 'PEMILIK sintetis 0';
    });
    const report = await importContent(ctx.db, 'enterprises', toCsv(rows));
    expect(report).toMatchObject({ inserted: 0, errorCount: 0 });
    expect((await registryState(ctx.db)).enterprises).toBe(250);
  });

  it('refuses a file with the same enterprise and year twice, pointing at both rows', async () => {
    const rows = dinasRows(3, [2021]);
    const report = await importContent(ctx.db, 'enterprises', toCsv([...rows, rows[1]!]));
    expect(report.errors).toEqual([
      { row: 5, column: 'tahun', message: 'Data ganda: baris 3 sudah memuat IKM dan tahun yang sama.' },
    ]);
  });

  it('resolves keldesa and kecamatan names inside the --region regency, and names the row it cannot', async () => {
    const rows = dinasRows(2, [2021], (row, i) => {
      row.nama_ikm = `IKM Baru ${i}`;
      row.kode_wilayah = '';
      if (i === 1) row.keldesa = 'Desa Tidak Ada';
    });
    const failed = await importContent(ctx.db, 'enterprises', toCsv(rows), { region: '32.73' });
    expect(failed.errors).toEqual([
      {
        row: 3,
        column: 'keldesa',
        message: 'Desa Tidak Ada, Bojongloa Kidul tidak ditemukan di Kota Bandung.',
      },
    ]);
    const withoutRegion = await importContent(ctx.db, 'enterprises', toCsv(rows.slice(0, 1)));
    expect(withoutRegion.errors[0]).toMatchObject({ row: 2, column: 'keldesa' });
    const ok = await importContent(ctx.db, 'enterprises', toCsv(rows.slice(0, 1)), { region: '32.73' });
    expect(ok).toMatchObject({ inserted: 1, errorCount: 0 });
    const { rows: stored } = await sql<{ region_code: string }>`
      SELECT region_code FROM enterprises WHERE name = 'IKM Baru 0'`.execute(ctx.db);
    expect(stored).toEqual([{ region_code: '32.73.17.1003' }]);
  });

  it('reports a header it does not know, listing the expected ones', async () => {
    const rows = dinasRows(1, [2021], (row) => {
      row.tenaga_kerja = '5';
    });
    await expect(importContent(ctx.db, 'enterprises', toCsv(rows))).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(
        /^Kolom tidak dikenal: tenaga_kerja\. Kolom yang bisa dipakai: id, tahun, nama_ikm/,
      ),
    });
  });
});
