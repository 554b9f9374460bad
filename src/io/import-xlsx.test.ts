import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { withLang } from '../shared/i18n.ts';
import { dinasRows, importContent, registryState, toCsv, toXlsx } from './io.test-helpers.ts';
import { unzipParts, zipParts } from './zip.test-helpers.ts';

const ctx = useTestApp();
const rows = dinasRows(50, [2022, 2023]);

/** The same cells as spreadsheet users type them: numbers as numeric cells, not text. */
const numeric = rows.map((row) => ({
  ...row,
  tahun: Number(row.tahun),
  tkl: Number(row.tkl),
  tkp: Number(row.tkp),
  nilai_investasi: Number(row.nilai_investasi?.replaceAll('.', '')),
  jumlah_produksi: Number(row.jumlah_produksi),
}));

describe('XLSX import', () => {
  it('reads the same content as the CSV: importing it after the CSV changes nothing', async () => {
    expect(await importContent(ctx.db, 'enterprises', toCsv(rows))).toMatchObject({
      inserted: 100,
      errorCount: 0,
    });
    const before = await registryState(ctx.db);
    const report = await importContent(ctx.db, 'enterprises', await toXlsx({ ikm: numeric }));
    expect(report).toMatchObject({ rows: 100, inserted: 0, updated: 0, unchanged: 100, errorCount: 0 });
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('keeps a decimal numeric cell a decimal (1.125 is not read as 1125)', async () => {
    const cell = [{ ...numeric[0]!, nama_ikm: 'IKM Desimal', jumlah_produksi: 1.125 }];
    expect(await importContent(ctx.db, 'enterprises', await toXlsx({ ikm: cell }))).toMatchObject({
      inserted: 1,
    });
    const { rows: stored } = await sql<{ production_qty: number }>`
      SELECT y.production_qty FROM enterprise_year_data y JOIN enterprises e ON e.id = y.enterprise_id
       WHERE e.name = 'IKM Desimal'`.execute(ctx.db);
    expect(stored).toEqual([{ production_qty: 1.125 }]);
  });

  it('skips title rows above the header, reads every sheet but "petunjuk", and names the sheet of a problem', async () => {
    const sheet = (from: number, kecamatan: string) =>
      dinasRows(3, [2024], (row, i) => {
        row.nama_ikm = `IKM ${kecamatan} ${from + i}`;
      });
    const broken = sheet(0, 'Kawalu').map((row, i) => (i === 1 ? { ...row, tkp: '-3' } : row));
    const workbook = await toXlsx(
      {
        Bojongloa: sheet(0, 'Bojongloa'),
        Kawalu: broken,
        petunjuk: [{ kolom: 'tahun', keterangan: 'teks' }],
      },
      ['DATA IKM KOTA BANDUNG TAHUN 2024', 'Sumber: Dinas'],
    );
    const report = await importContent(ctx.db, 'enterprises', workbook);
    // Two title rows, then the header on row 3: the second data row is row 5.
    expect(report.errors).toEqual([
      { row: 5, column: 'tkp', sheet: 'Kawalu', message: expect.stringContaining('"-3" bukan angka') },
    ]);
    const fixed = await toXlsx({ Bojongloa: sheet(0, 'Bojongloa'), Kawalu: sheet(0, 'Kawalu') }, [
      'DATA IKM',
    ]);
    expect(await importContent(ctx.db, 'enterprises', fixed)).toMatchObject({ rows: 6, inserted: 6 });
  });

  it('reads date cells as dates in the membership layout', async () => {
    await importContent(
      ctx.db,
      'centers',
      toCsv([
        {
          kode_sentra: 'SNT-X',
          nama_sentra: 'Sentra X',
          produk_utama: 'Sepatu',
          kelompok_komoditas: 'sandang',
          asal: 'tumbuh_sendiri',
          kode_wilayah: '32.73.17.1003',
        },
      ]),
    );
    const enterprise = await ctx.db.selectFrom('enterprises').select('id').limit(1).executeTakeFirstOrThrow();
    const workbook = await toXlsx({
      keanggotaan: [
        {
          jenis: 'sentra',
          sentra_lembaga: 'SNT-X',
          ikm: enterprise.id,
          mulai: new Date(Date.UTC(2019, 6, 1)),
        },
      ],
    });
    expect(await importContent(ctx.db, 'memberships', workbook)).toMatchObject({
      inserted: 1,
      errorCount: 0,
    });
    const { rows: stored } = await sql<{ valid_from: string }>`
      SELECT valid_from FROM center_memberships WHERE enterprise_id = ${enterprise.id}`.execute(ctx.db);
    expect(stored).toEqual([{ valid_from: '2019-07-01' }]);
  });

  it('stops cleanly on an unknown header or a file that is not a workbook', async () => {
    const unknown = await toXlsx({ ikm: [{ ...numeric[0]!, pekerja: 3 }] });
    await expect(importContent(ctx.db, 'enterprises', unknown)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Lembar ikm: Kolom tidak dikenal: pekerja.'),
    });
    await expect(
      importContent(ctx.db, 'enterprises', Buffer.from('bukan berkas xlsx')),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Berkas XLSX rusak'),
    });
  });

  it("refuses a row number or column beyond Excel's limits with a message, not a database error", async () => {
    const parts = await unzipParts(await toXlsx({ ikm: numeric.slice(0, 2) }));
    const edit = (change: (xml: string) => string) =>
      zipParts(
        parts.map((p) =>
          p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: Buffer.from(change(p.data.toString())) } : p,
        ),
      );
    const farRow = edit((xml) => xml.replace('<row r="2"', '<row r="99999999999"'));
    await expect(withLang('en', () => importContent(ctx.db, 'enterprises', farRow))).rejects.toMatchObject({
      status: 422,
      message:
        'Sheet ikm names row number 99999999999; row numbers must be between 1 and 1048576. The file is damaged: save it again in Excel.',
    });
    const wide = edit((xml) =>
      xml.replace('<c r="A2"', '<c r="ZZZ2" t="inlineStr"><is><t>x</t></is></c><c r="A2"'),
    );
    await expect(withLang('en', () => importContent(ctx.db, 'enterprises', wide))).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('The XLSX file is damaged'),
    });
  });
});
