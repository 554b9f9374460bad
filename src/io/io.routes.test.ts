import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { dinasRows, exportBytes, registryState, toCsv, toXlsx } from './io.test-helpers.ts';
import { ENTERPRISE_COLUMNS } from './kinds/enterprises.layout.ts';
import { CONTENT_TYPES } from './read-table.ts';

const ctx = useTestApp();
const small = useTestApp({ bodyLimit: 4096 });

const csv = (count: number, change?: Parameters<typeof dinasRows>[2]) =>
  toCsv(dinasRows(count, [2023], change));
const post = (url: string, payload: string | Buffer, type = CONTENT_TYPES.csv, headers = {}) =>
  ctx.app.inject({ method: 'POST', url, payload, headers: { 'content-type': type, ...headers } });

describe('POST /api/import/:kind', () => {
  it('imports a CSV body and answers the report', async () => {
    const response = await post('/api/import/enterprises', csv(5));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      kind: 'enterprises',
      dryRun: false,
      rows: 5,
      inserted: 5,
      updated: 0,
      unchanged: 0,
      errors: [],
      errorCount: 0,
      encoding: { name: 'utf-8', bom: false },
    });
  });

  it('answers 422 naming row and column when a row is wrong, in the language asked for', async () => {
    const bad = csv(5, (row, i) => {
      if (i === 1) row.tkl = 'x';
    });
    const before = await registryState(ctx.db);
    const id = await post('/api/import/enterprises', bad);
    expect(id.statusCode).toBe(422);
    expect(id.json().error).toMatchObject({
      code: 'unprocessable',
      message: '1 kesalahan di berkas; tidak ada data yang disimpan.',
      details: [{ path: 'row 3, column tkl', message: expect.stringContaining('"x" bukan angka') }],
    });
    const en = await post('/api/import/enterprises?lang=en', bad);
    expect(en.json().error.details).toEqual([
      {
        path: 'row 3, column tkl',
        message: '"x" is not a number (write 1250000, 1.250.000 or 1.250.000,5).',
      },
    ]);
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('reports a NUL or another control character as a problem at its row and column, not a 500', async () => {
    const before = await registryState(ctx.db);
    const bad = csv(4, (row, i) => {
      if (i === 2) row.nama_ikm = 'IKM\u0000Jaya';
      if (i === 3) row.alamat = 'Jl. Cibaduyut\u001b No. 3';
    });
    const id = await post('/api/import/enterprises', bad);
    expect(id.statusCode, id.body).toBe(422);
    expect(id.json().error.details).toEqual([
      {
        path: 'row 4, column nama_ikm',
        message: 'Harus satu baris, tanpa pindah baris, tab atau karakter kendali (mis. NUL).',
      },
      {
        path: 'row 5, column alamat',
        message: 'Berisi karakter kendali (mis. NUL); hanya tab dan pindah baris yang boleh.',
      },
    ]);
    const lines = csv(1, (row) => {
      row.alamat = 'Jl. Cibaduyut Raya\nRT 01 RW 02';
    });
    expect((await post('/api/import/enterprises?dryRun=true', lines)).statusCode).toBe(200);
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('counts without writing on dryRun=true, and reads XLSX by its content type', async () => {
    const before = await registryState(ctx.db);
    const workbook = await toXlsx({ ikm: dinasRows(8, [2023]) });
    const response = await post('/api/import/enterprises?dryRun=true', workbook, CONTENT_TYPES.xlsx);
    expect(response.json()).toMatchObject({ dryRun: true, rows: 8, inserted: 3, unchanged: 5 });
    expect(await registryState(ctx.db)).toEqual(before);
  });

  it('refuses a body that is not CSV or XLSX, and an unknown kind', async () => {
    const json = await ctx.app.inject({ method: 'POST', url: '/api/import/enterprises', payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    const kind = await post('/api/import/sentra', csv(1));
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.details[0].path).toBe('params.kind');
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const big = csv(60);
    expect(Buffer.byteLength(big)).toBeGreaterThan(4096);
    const declared = await small.app.inject({
      method: 'POST',
      url: '/api/import/enterprises',
      payload: big,
      headers: { 'content-type': CONTENT_TYPES.csv },
    });
    expect(declared.statusCode).toBe(413);
    expect(declared.json().error.code).toBe('payload_too_large');
    const streamed = await small.app.inject({
      method: 'POST',
      url: '/api/import/enterprises',
      payload: Readable.from([Buffer.from(big)]),
      headers: { 'content-type': CONTENT_TYPES.csv },
    });
    expect(streamed.statusCode).toBe(413);
    expect(await small.db.selectFrom('enterprises').select('id').execute()).toEqual([]);
  });
});

describe('GET /api/export/:kind and /api/templates/:kind.xlsx', () => {
  it('streams the export as CSV or XLSX, the same bytes the export service writes', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const response = await ctx.app.inject({ url: `/api/export/enterprises?format=${format}` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain(CONTENT_TYPES[format]);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="enterprises.${format}"`);
      expect(response.rawPayload).toEqual(await exportBytes(ctx.db, 'enterprises', format));
    }
  });

  it('writes a template with the Indonesian headers and a "petunjuk" sheet', async () => {
    const response = await ctx.app.inject({ url: '/api/templates/enterprises.xlsx' });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    const bytes = response.rawPayload;
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['ikm', 'petunjuk']);
    const values = workbook.getWorksheet('ikm')?.getRow(1).values;
    const headers = Array.isArray(values) ? values.slice(1) : [];
    expect(headers).toEqual(ENTERPRISE_COLUMNS.map((c) => c.header));
    expect(headers.slice(1, 21)).toEqual(
      'tahun nama_ikm nama_pemilik alamat keldesa kecamatan telp komoditi produk bentuk_badan_usaha tahun_izin kode_kbli kbli tkl tkp nilai_investasi jumlah_produksi satuan nilai_produksi nilai_bbbp'.split(
        ' ',
      ),
    );
    const guide = workbook.getWorksheet('petunjuk');
    expect(guide?.getRow(12).values).toEqual([
      undefined,
      'bentuk_badan_usaha',
      undefined,
      'PO (perorangan), UD, CV, PT, KOPERASI atau LAINNYA; kosong = PO. Kolom baku templat Dinas.',
      'PO, UD, CV, PT, KOPERASI, LAINNYA',
    ]);
    // Row 15 is `kbli`: titles, a `;` list whose items may be quoted.
    expect(guide?.getRow(15).getCell(1).value).toBe('kbli');
    expect(guide?.getRow(15).getCell(3).value).toBe(
      'Judul KBLI, urut sesuai kode_kbli dan dipisah titik koma (;); boleh kosong. ' +
        'Nilai yang memuat titik koma diapit tanda kutip, mis. "Batik (tulis; cap)";Tenun.',
    );
  });
});

describe('who may import and export', () => {
  it('lets a regional officer import only inside their regions, and export only what lies there', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const outside = csv(3, (row, i) => {
      row.nama_ikm = `IKM Wilayah ${i}`;
      if (i === 2) row.kode_wilayah = '33.20.11.2012';
    });
    const refused = await post('/api/import/enterprises', outside, CONTENT_TYPES.csv, officer);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([
      { path: 'row 4, column kode_wilayah', message: 'Data ini di luar wilayah atau sentra tugas Anda.' },
    ]);
    await post('/api/import/enterprises', outside); // the admin may
    const exported = await ctx.app.inject({ url: '/api/export/enterprises', headers: officer });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('IKM Wilayah 1');
    expect(exported.body).not.toContain('IKM Wilayah 2');
  });

  it('lets the ministry export but not import, and refuses other roles and anonymous callers', async () => {
    const ministry = await ctx.as('ministry');
    expect((await post('/api/import/enterprises', csv(1), CONTENT_TYPES.csv, ministry)).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/export/centers', headers: ministry })).statusCode).toBe(200);
    const researcher = await ctx.as('researcher');
    expect((await ctx.app.inject({ url: '/api/export/enterprises', headers: researcher })).statusCode).toBe(
      403,
    );
    expect((await ctx.app.inject({ url: '/api/export/enterprises', headers: ANONYMOUS })).statusCode).toBe(
      401,
    );
  });
});
