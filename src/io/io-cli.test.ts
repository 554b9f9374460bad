import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { dinasRows, exportBytes, toCsv } from './io.test-helpers.ts';

let database: TestDatabase;
let folder: string;

const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });

const file = (name: string, content: string) => {
  const target = path.join(folder, name);
  writeFileSync(target, content);
  return target;
};

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-io-cli-'));
});
afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('simpul import / export / template', () => {
  it('imports a file, prints the report as JSON, and exits 0', async () => {
    const run = await simpul('import', 'enterprises', file('ikm.csv', toCsv(dinasRows(20, [2023, 2024]))));
    expect(run.stderr).toContain('enterprises: 40 baris; ditambahkan 40, diperbarui 0, tetap 0');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      kind: 'enterprises',
      rows: 40,
      inserted: 40,
      errorCount: 0,
    });
    const count = await database.db
      .selectFrom('enterprises')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(20);
  });

  it('refuses a wrong row with exit code 2, naming row and column in English with --lang en', async () => {
    const bad = dinasRows(3, [2025], (row, i) => {
      if (i === 2) row.tkp = 'lima';
    });
    const run = await simpul('import', 'enterprises', file('bad.csv', toCsv(bad)), '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('1 error(s) in the file; nothing was saved.');
    expect(run.stderr).toContain('row 4, column tkp: "lima" is not a number');
    expect(run.stdout).toBe('');
  });

  it('names row and column in Indonesian by default, a NUL byte in a cell included', async () => {
    const bad = dinasRows(3, [2025], (row, i) => {
      if (i === 1) row.nama_ikm = 'IKM\u0000Jaya';
      if (i === 2) row.tkp = 'lima';
    });
    const run = await simpul('import', 'enterprises', file('bad-id.csv', toCsv(bad)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('baris 3, kolom nama_ikm: Harus satu baris');
    expect(run.stderr).toContain('baris 4, kolom tkp: "lima" bukan angka');
  });

  it('reads a Windows-1252 file (Excel "CSV" on Windows), says so, and refuses binary bytes', async () => {
    const text =
      'kode_sentra;nama_sentra;produk_utama;kelompok_komoditas;asal;kode_wilayah\r\n' +
      'CLI-1252;Sentra Peña Café\u2019s;Sepatu;sandang;tumbuh_sendiri;32.73.17.1003\r\n';
    const target = path.join(folder, 'sentra-ansi.csv');
    writeFileSync(target, Buffer.from([...text].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0)))));
    const run = await simpul('import', 'centers', target, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('centers: 1 rows; inserted 1, updated 0, unchanged 0; read as Windows-1252');
    expect(JSON.parse(run.stdout).encoding).toEqual({ name: 'windows-1252', bom: false });
    const stored = await database.db
      .selectFrom('centers')
      .select('name')
      .where('external_id', '=', 'CLI-1252')
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe('Sentra Peña Café\u2019s');
    // Excel's "Unicode Text" is a tab-separated UTF-16LE .txt file.
    const unicodeText = path.join(folder, 'sentra-unicode.txt');
    writeFileSync(
      unicodeText,
      Buffer.from(`\ufeff${text.replaceAll(';', '\t').replace('CLI-1252', 'CLI-16')}`, 'utf16le'),
    );
    const utf16 = await simpul('import', 'centers', unicodeText, '--lang', 'en');
    expect(utf16.stderr).toContain(
      'inserted 1, updated 0, unchanged 0; read as UTF-16 LE (Excel "Unicode Text"), with BOM',
    );
    const binary = path.join(folder, 'binary.csv');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x81, 0xff, 0x00, 0x9d]));
    const refused = await simpul('import', 'centers', binary);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Pengodean karakter berkas tidak dapat dipastikan');
  });

  it('explains an unknown header, a missing file and a wrong extension', async () => {
    const header = await simpul(
      'import',
      'enterprises',
      file('h.csv', 'tahun,nama_ikm,nama_pemilik,pekerja\n2024,A,B,3\n'),
    );
    expect(header.code).toBe(2);
    expect(header.stderr).toContain(
      'Kolom tidak dikenal: pekerja. Kolom yang bisa dipakai: id, tahun, nama_ikm',
    );
    expect(header.stderr.match(/Kolom tidak dikenal/g)).toHaveLength(1);
    const missing = await simpul('import', 'centers', path.join(folder, 'tidak-ada.csv'));
    expect(missing.stderr).toContain('tidak-ada.csv tidak ada.');
    const extension = await simpul('import', 'centers', file('sentra.pdf', 'x'));
    expect([missing.code, extension.code]).toEqual([2, 2]);
    expect(extension.stderr).toContain('harus berakhiran .csv, .txt, .tsv atau .xlsx');
  });

  it('exports the same bytes as the export service, and writes a template', async () => {
    const target = path.join(folder, 'ikm.xlsx');
    const exported = await simpul('export', 'enterprises', target);
    expect(exported.code).toBe(0);
    expect(readFileSync(target)).toEqual(await exportBytes(database.db, 'enterprises', 'xlsx'));
    const template = await simpul('template', 'memberships', path.join(folder, 'keanggotaan.xlsx'));
    expect(template.code).toBe(0);
    expect(readFileSync(path.join(folder, 'keanggotaan.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('documents each command with --help', async () => {
    const help = await simpul('import', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--dry-run');
    expect(help.stdout).toContain('--region <code>');
  });
});
