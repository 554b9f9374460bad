import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { withLang } from '../shared/i18n.ts';
import { importFile, toXlsx } from './io.test-helpers.ts';

const ctx = useTestApp();

const HEADER = ['kode_sentra', 'nama_sentra', 'produk_utama', 'kelompok_komoditas', 'asal', 'kode_wilayah'];
const row = (code: string, name: string) => [
  code,
  name,
  'Sepatu',
  'sandang',
  'tumbuh_sendiri',
  '32.73.17.1003',
];
const lines = (separator: string, ...rows: string[][]) =>
  [HEADER, ...rows].map((cells) => cells.join(separator)).join('\r\n');

// Windows-1252 has the curly quotes at 0x91–0x94, where Latin-1 has control characters.
const CP1252: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => CP1252[c] ?? (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)));

const nameOf = async (code: string) =>
  (await ctx.db.selectFrom('centers').select('name').where('external_id', '=', code).executeTakeFirst())
    ?.name;
const centerCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('centers')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('CSV files in the encodings Excel on Windows saves', () => {
  it('reads a Windows-1252 file (Excel "CSV", `;`-separated): Ñ, é and ’ (0x92) arrive intact', async () => {
    const name = 'Sentra PEÑA Café’s';
    const file = windows1252(lines(';', row('ENC-1252', name)));
    expect(file.includes(0x92)).toBe(true);
    const report = await importFile(ctx.db, 'centers', 'csv', file);
    expect(report).toMatchObject({ inserted: 1, errors: [], encoding: { name: 'windows-1252', bom: false } });
    expect(await nameOf('ENC-1252')).toBe(name);
  });

  it('reads Windows-1252 when the only accent comes after many plain rows (the whole file decides)', async () => {
    const plain = Array.from({ length: 1500 }, (_, i) => row(`ENC-LATE-${i}`, `Sentra Polos ${i}`));
    const file = windows1252(lines(',', ...plain, row('ENC-LATE-Ñ', 'Sentra Niño')));
    expect(file.length).toBeGreaterThan(64 * 1024);
    const report = await importFile(ctx.db, 'centers', 'csv', file);
    expect(report).toMatchObject({ inserted: 1501, errors: [], encoding: { name: 'windows-1252' } });
    expect(await nameOf('ENC-LATE-Ñ')).toBe('Sentra Niño');
  });

  it('reads Excel\'s "Unicode Text": UTF-16LE with a BOM, tab-separated', async () => {
    const file = Buffer.from(`\ufeff${lines('\t', row('ENC-16LE', 'Sentra Ñandú “Tenun”'))}\r\n`, 'utf16le');
    const report = await importFile(ctx.db, 'centers', 'csv', file);
    expect(report).toMatchObject({ inserted: 1, errors: [], encoding: { name: 'utf-16le', bom: true } });
    expect(await nameOf('ENC-16LE')).toBe('Sentra Ñandú “Tenun”');
  });

  it('reads UTF-16BE, with or without a BOM, and UTF-16LE without one', async () => {
    const be = (text: string) => Buffer.from(text, 'utf16le').swap16();
    const cases = [
      [be(`\ufeff${lines('\t', row('ENC-16BE', 'Sentra Señor'))}`), { name: 'utf-16be', bom: true }],
      [be(lines('\t', row('ENC-16BE-N', 'Sentra Señora'))), { name: 'utf-16be', bom: false }],
      [Buffer.from(lines(';', row('ENC-16LE-N', 'Sentra Año')), 'utf16le'), { name: 'utf-16le', bom: false }],
    ] as const;
    for (const [file, encoding] of cases) {
      const report = await importFile(ctx.db, 'centers', 'csv', file);
      expect(report).toMatchObject({ inserted: 1, errors: [], encoding });
    }
    expect(await nameOf('ENC-16BE')).toBe('Sentra Señor');
    expect(await nameOf('ENC-16BE-N')).toBe('Sentra Señora');
    expect(await nameOf('ENC-16LE-N')).toBe('Sentra Año');
  });

  it('says UTF-8 with or without a BOM', async () => {
    const plain = await importFile(
      ctx.db,
      'centers',
      'csv',
      Buffer.from(lines(',', row('ENC-U8', 'Sentra Ñ'))),
    );
    expect(plain.encoding).toEqual({ name: 'utf-8', bom: false });
    const marked = Buffer.from(`\ufeff${lines(',', row('ENC-U8B', 'Sentra Ñ'))}`);
    expect((await importFile(ctx.db, 'centers', 'csv', marked)).encoding).toEqual({
      name: 'utf-8',
      bom: true,
    });
    expect(await nameOf('ENC-U8B')).toBe('Sentra Ñ');
  });

  it('refuses binary bytes whose encoding cannot be told, in Indonesian and English, changing nothing', async () => {
    const before = await centerCount();
    const binary = Buffer.concat([
      Buffer.from(lines(',', row('ENC-BIN', 'X'))),
      Buffer.from([0, 0x81, 0xff, 0]),
    ]);
    await expect(importFile(ctx.db, 'centers', 'csv', binary)).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringContaining('Pengodean karakter berkas tidak dapat dipastikan'),
    });
    const english = await withLang('en', () => importFile(ctx.db, 'centers', 'csv', binary)).catch((e) => e);
    expect(english.message).toContain("The file's character encoding cannot be determined");
    expect(english.message).toContain('no data was changed');
    expect(await centerCount()).toBe(before);
  });

  it('refuses a file whose BOM says UTF-8 but whose bytes are not, naming where', async () => {
    const before = await centerCount();
    const rows = Array.from({ length: 3 }, (_, i) => row(`ENC-BAD-${i}`, 'Sentra'));
    const file = Buffer.concat([
      Buffer.from(`\ufeff${lines(',', ...rows)}\r\n`),
      windows1252('ENC-X,Peña\r\n'),
    ]);
    const error = await withLang('en', () => importFile(ctx.db, 'centers', 'csv', file)).catch((e) => e);
    expect(error.message).toContain('The file was read as UTF-8, with BOM, but on row');
    expect(error.message).toContain('holds bytes that are not UTF-8 text');
    expect(await centerCount()).toBe(before);
  });

  it('refuses a cell holding U+FFFD (a letter lost by an earlier conversion), naming row and column', async () => {
    const file = Buffer.from(
      lines(',', row('ENC-FFFD-1', 'Sentra Baik'), row('ENC-FFFD-2', 'Sentra Pe\ufffda')),
    );
    const report = await importFile(ctx.db, 'centers', 'csv', file);
    expect(report.errors).toEqual([
      { row: 3, column: 'nama_sentra', message: expect.stringContaining('karakter pengganti (�)') },
    ]);
    expect(await nameOf('ENC-FFFD-1')).toBeUndefined();
  });
});

describe('the import preview', () => {
  it('reports the encoding it read (POST /api/import/:kind?dryRun=true), writing nothing', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/import/centers?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      payload: windows1252(lines(';', row('ENC-PREVIEW', 'Sentra Muñoz'))),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: true,
      inserted: 1,
      encoding: { name: 'windows-1252', bom: false },
    });
    expect(await nameOf('ENC-PREVIEW')).toBeUndefined();
  });

  it('leaves the encoding out for a workbook', async () => {
    const [header, ...cells] = [HEADER, row('ENC-XLSX', 'Sentra Buku')];
    const record = Object.fromEntries(header?.map((h, i) => [h, cells[0]?.[i] ?? '']) ?? []);
    const report = await importFile(ctx.db, 'centers', 'xlsx', await toXlsx({ sentra: [record] }), {
      dryRun: true,
    });
    expect(report.errors).toEqual([]);
    expect(report.encoding).toBeUndefined();
  });
});
