import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { dinasRows, exportBytes, importContent, toCsv } from './io.test-helpers.ts';

const ctx = useTestApp();

const CENTERS = toCsv([
  {
    kode_sentra: 'SNT-CBD',
    nama_sentra: 'Sentra Sepatu Cibaduyut',
    produk_utama: 'Sepatu kulit',
    kelompok_komoditas: 'sandang',
    kode_kbli: '15201',
    kbli: 'Industri alas kaki untuk keperluan sehari-hari',
    asal: 'tumbuh_sendiri',
    status: 'ditetapkan',
    no_sk: '530/Kep.123-Diskop/2019',
    tanggal_sk: '15/03/2019',
    penerbit_sk: 'Wali Kota Bandung',
    kode_wilayah: '32.73.17.1003;32.73.17.1002',
    lintang: '-6,9446',
    bujur: '107,5913',
    kriteria_kode_desa: '32.73.17.1003',
    kriteria_porsi_rt: '0,25',
    kriteria_tahun: '2019',
  },
  {
    kode_sentra: '',
    nama_sentra: 'Sentra Rajut Binong Jati',
    produk_utama: 'Rajutan',
    kelompok_komoditas: 'clothing',
    asal: 'organic',
    kode_wilayah: '32.73.08.1001',
  },
]);

const INSTITUTIONS = toCsv([
  {
    kode_lembaga: 'KOP-01',
    nama_lembaga: 'Koperasi Perajin Sepatu',
    jenis: 'koperasi',
    status_hukum: 'badan_hukum',
    layanan: 'pelatihan;pembelian_bersama',
    kode_wilayah: '32.73.17.1003',
    tahun_berdiri: '1998',
    sentra: 'SNT-CBD',
    keterangan: 'Catatan, dengan koma; dan titik koma',
  },
]);

const ENTERPRISES = toCsv(
  dinasRows(30, [2022, 2023], (row, i) => {
    if (i % 3 === 0) row.sentra = 'SNT-CBD';
    if (i % 5 === 0) row.jumlah_produksi = '1.250,125';
    if (i === 4) row.nama_ikm = '=HYPERLINK("x")'; // exported with a leading ' so spreadsheets do not run it
  }),
  [...Object.keys(dinasRows(1, [2022])[0] ?? {}), 'sentra'],
);

const MEMBERSHIPS = (enterprise: string, binong: string) =>
  toCsv([
    {
      jenis: 'lembaga',
      sentra_lembaga: 'KOP-01',
      ikm: enterprise,
      mulai: '2020-02-01',
      selesai: '',
      peran: 'ketua',
    },
    {
      jenis: 'sentra',
      sentra_lembaga: binong,
      ikm: enterprise,
      mulai: '01/01/2015',
      selesai: '31/12/2019',
      peran: '',
    },
  ]);

/** Drops the `sentra` column, so memberships come only from the membership layout. */
async function withoutSentra(file: Buffer, format: 'csv' | 'xlsx'): Promise<string | Buffer> {
  if (format === 'csv') {
    const [header = [], ...rows] = parse(file, { bom: true }) as string[][];
    const index = header.indexOf('sentra');
    return stringify([header, ...rows].map((row) => row.filter((_, i) => i !== index)));
  }
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` (an ArrayBuffer); hand it exactly the file's bytes.
  await workbook.xlsx.load(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.worksheets[0];
  const header = sheet?.getRow(1).values;
  const index = Array.isArray(header) ? header.indexOf('sentra') : -1;
  sheet?.spliceColumns(index, 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const asContent = (file: Buffer, format: 'csv' | 'xlsx') => (format === 'csv' ? file.toString() : file);

describe('export', () => {
  it('loads the source data', async () => {
    for (const [kind, content] of [
      ['centers', CENTERS],
      ['institutions', INSTITUTIONS],
      ['enterprises', ENTERPRISES],
    ] as const) {
      expect((await importContent(ctx.db, kind, content)).errors).toEqual([]);
    }
    // The Binong centre has no code: memberships name it by id.
    const binong =
      (await exportBytes(ctx.db, 'centers', 'csv')).toString().split('\r\n')[1]?.split(',')[0] ?? '';
    const enterprise = await ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', 'IKM Sepatu Uji 1')
      .executeTakeFirstOrThrow();
    const report = await importContent(ctx.db, 'memberships', MEMBERSHIPS(enterprise.id, binong));
    expect(report).toMatchObject({ inserted: 2, errors: [] });
  });

  it('writes byte-identical files for the same data, CSV and XLSX alike', async () => {
    for (const kind of ['centers', 'institutions', 'enterprises', 'memberships'] as const) {
      const csv = await exportBytes(ctx.db, kind, 'csv');
      const xlsx = await exportBytes(ctx.db, kind, 'xlsx');
      // Past a zip timestamp tick (2 s), so a clock-dependent stamp would show.
      await sleep(kind === 'centers' ? 2100 : 0);
      expect(await exportBytes(ctx.db, kind, 'csv')).toEqual(csv);
      expect(await exportBytes(ctx.db, kind, 'xlsx')).toEqual(xlsx);
    }
  });

  it('escapes cells a spreadsheet would run as formulas, and imports them back unescaped', async () => {
    const csv = (await exportBytes(ctx.db, 'enterprises', 'csv')).toString();
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it.each(['csv', 'xlsx'] as const)(
    'restores every kind into an empty database, byte for byte (%s)',
    async (format) => {
      const empty = await createTestDatabase();
      try {
        const exported = new Map<string, Buffer>();
        for (const kind of ['centers', 'institutions', 'enterprises', 'memberships'] as const) {
          const file = await exportBytes(ctx.db, kind, format);
          exported.set(kind, file);
          // `sentra` would add undated memberships; the membership layout brings the exact ones next.
          const content =
            kind === 'enterprises' ? await withoutSentra(file, format) : asContent(file, format);
          expect((await importContent(empty.db, kind, content)).errors, kind).toEqual([]);
        }
        for (const [kind, file] of exported) {
          expect(await exportBytes(empty.db, kind as 'centers', format), kind).toEqual(file);
        }
      } finally {
        await empty.drop();
      }
    },
  );

  it.each(['csv', 'xlsx'] as const)(
    'round trips the enterprise layout with its `sentra` column (%s)',
    async (format) => {
      const empty = await createTestDatabase();
      try {
        const centers = await exportBytes(ctx.db, 'centers', format);
        expect((await importContent(empty.db, 'centers', asContent(centers, format))).errors).toEqual([]);
        const exported = await exportBytes(ctx.db, 'enterprises', format);
        expect((await importContent(empty.db, 'enterprises', asContent(exported, format))).errors).toEqual(
          [],
        );
        expect(await exportBytes(empty.db, 'enterprises', format)).toEqual(exported);
      } finally {
        await empty.drop();
      }
    },
  );
});
