import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { dinasRows, importContent, toCsv } from './io.test-helpers.ts';

const ctx = useTestApp();

const center = (overrides: Record<string, string> = {}) => ({
  kode_sentra: 'SNT-TMG',
  nama_sentra: 'Sentra Tembaga Tumang',
  produk_utama: 'Kerajinan tembaga',
  kelompok_komoditas: 'kerajinan_aneka',
  asal: 'tumbuh_sendiri',
  status: 'ditetapkan',
  kode_wilayah: '33.09.03.2013',
  ...overrides,
});

const versionOf = async (table: 'centers' | 'institutions', name: string) =>
  (await ctx.db.selectFrom(table).select('version').where('name', '=', name).executeTakeFirstOrThrow())
    .version;

describe('centre import', () => {
  it('inserts, then leaves alone, then updates with one version bump per changed centre', async () => {
    expect(await importContent(ctx.db, 'centers', toCsv([center()]))).toMatchObject({ inserted: 1 });
    expect(await importContent(ctx.db, 'centers', toCsv([center()]))).toMatchObject({ unchanged: 1 });
    expect(await versionOf('centers', 'Sentra Tembaga Tumang')).toBe(1);
    const moved = center({ kode_wilayah: '33.09.03.2013;33.09.03.2012', status: 'dibina' });
    expect(await importContent(ctx.db, 'centers', toCsv([moved]))).toMatchObject({ updated: 1 });
    expect(await versionOf('centers', 'Sentra Tembaga Tumang')).toBe(2);
    const { rows } = await sql<{ region_code: string }>`
      SELECT region_code FROM center_regions ORDER BY region_code`.execute(ctx.db);
    expect(rows.map((r) => r.region_code)).toEqual(['33.09.03.2012', '33.09.03.2013']);
  });

  it('refuses an impossible status move, an unknown village and a half-filled decree', async () => {
    const report = await importContent(
      ctx.db,
      'centers',
      toCsv([
        center({ status: 'potensial' }),
        center({ kode_sentra: 'SNT-2', nama_sentra: 'Sentra Dua', kode_wilayah: '33.09.99.9999' }),
        center({ kode_sentra: 'SNT-3', nama_sentra: 'Sentra Tiga', no_sk: 'SK 1/2020' }),
      ]),
    );
    const decree = 'Isi ketiga kolom no_sk, tanggal_sk, penerbit_sk atau kosongkan semuanya.';
    expect(report.errors).toEqual([
      { row: 2, column: 'status', message: 'Status tidak bisa berubah dari dibina ke potensial.' },
      { row: 3, column: 'kode_wilayah', message: 'Kode wilayah 33.09.99.9999 tidak dikenal.' },
      { row: 4, column: 'tanggal_sk', message: decree },
      { row: 4, column: 'penerbit_sk', message: decree },
    ]);
  });
});

describe('institution import', () => {
  const institution = (overrides: Record<string, string> = {}) => ({
    nama_lembaga: 'Paguyuban Perajin Tembaga',
    jenis: 'paguyuban',
    status_hukum: 'informal',
    layanan: 'pelatihan;pembelian_bersama',
    kode_wilayah: '33.09.03.2013',
    sentra: 'SNT-TMG',
    ...overrides,
  });

  it('compares services as a set, finds an uncoded institution by name and region, and replaces its centres', async () => {
    expect(await importContent(ctx.db, 'institutions', toCsv([institution()]))).toMatchObject({
      inserted: 1,
    });
    // Service order and spelling are not changes.
    const reordered = institution({ layanan: 'Pembelian Bersama, pelatihan' });
    expect(await importContent(ctx.db, 'institutions', toCsv([reordered]))).toMatchObject({ unchanged: 1 });
    expect(await versionOf('institutions', 'Paguyuban Perajin Tembaga')).toBe(1);
    // Case and spacing of the name still find the same institution (whose spelling is then updated).
    const respelled = institution({ nama_lembaga: 'PAGUYUBAN  perajin tembaga' });
    expect(await importContent(ctx.db, 'institutions', toCsv([respelled]))).toMatchObject({
      inserted: 0,
      updated: 1,
    });
    await importContent(
      ctx.db,
      'centers',
      toCsv([
        center({
          kode_sentra: 'SNT-CPG',
          nama_sentra: 'Sentra Cepogo',
          kode_wilayah: '33.09.03.2012',
          status: '',
        }),
      ]),
    );
    const served = institution({ nama_lembaga: 'PAGUYUBAN  perajin tembaga', sentra: 'SNT-CPG' });
    expect(await importContent(ctx.db, 'institutions', toCsv([served]))).toMatchObject({ updated: 1 });
    const { rows } = await sql<{ external_id: string }>`
      SELECT c.external_id FROM institution_centers ic JOIN centers c ON c.id = ic.center_id`.execute(ctx.db);
    expect(rows).toEqual([{ external_id: 'SNT-CPG' }]);
  });
});

describe('membership import', () => {
  it('checks references, roles per kind, and overlapping periods in the file and in the database', async () => {
    const enterprises = dinasRows(1, [2020], (row) => {
      row.nib = '1234567890123';
      row.kode_wilayah = '33.09.03.2013';
    });
    expect(await importContent(ctx.db, 'enterprises', toCsv(enterprises))).toMatchObject({ inserted: 1 });
    const member = (overrides: Record<string, string>) => ({
      jenis: 'sentra',
      sentra_lembaga: 'SNT-TMG',
      ikm: '1234567890123',
      mulai: '2020-01-01',
      selesai: '2020-12-31',
      peran: 'anggota',
      ...overrides,
    });
    expect(await importContent(ctx.db, 'memberships', toCsv([member({})]))).toMatchObject({ inserted: 1 });
    const report = await importContent(
      ctx.db,
      'memberships',
      toCsv([
        member({ mulai: '2020-06-01', selesai: '2020-08-01' }),
        member({ sentra_lembaga: 'SNT-TIDAK-ADA' }),
        member({ ikm: '999' }),
        member({ peran: 'ketua', mulai: '2022-01-01', selesai: '' }),
        member({ mulai: '2023-01-01', selesai: '' }),
        member({ mulai: '2023-06-01', selesai: '2023-07-01' }),
      ]),
    );
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'mulai'],
      [3, 'sentra_lembaga'],
      [4, 'ikm'],
      [5, 'peran'],
      [7, 'mulai'],
    ]);
    const [stored, center, enterprise, role, inFile] = report.errors.map((e) => e.message);
    expect(stored).toMatch(
      /^Masa keanggotaan ini bertumpang tindih dengan keanggotaan [0-9a-f-]{36} yang sudah/,
    );
    expect(stored).toContain('(2020-01-01 – 2020-12-31)');
    expect([center, enterprise, role]).toEqual([
      'Sentra SNT-TIDAK-ADA tidak ditemukan.',
      'IKM 999 tidak ditemukan.',
      'Peran ketua tidak berlaku untuk sentra.',
    ]);
    expect(inFile).toContain('bertumpang tindih dengan baris 6 (2023-01-01 – sekarang)');
  });
});
