import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';

let database: TestDatabase;
let folder: string;

const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/kobo');

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-xlsform-cli-'));
});
afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('simpul field xlsform', () => {
  it('writes the profile form as an XLSX with the survey, choices and settings sheets', async () => {
    const out = path.join(folder, 'profil.xlsx');
    const run = await simpul('field', 'xlsform', '--questionnaire', 'profile', '--out', out);
    expect(run.stderr).toContain(`XLSForm profile ditulis ke ${out}`);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['survey', 'choices', 'settings']);
    expect(workbook.getWorksheet('survey')?.getRow(1).getCell(3).value).toBe('label::Indonesian (id)');
  });

  it('refuses an unknown centre and writes no file', async () => {
    const out = path.join(folder, 'none.xlsx');
    const run = await simpul(
      '--lang',
      'en',
      'field',
      'xlsform',
      '--questionnaire',
      'name-generator',
      '--center',
      'Sentra Tidak Ada',
      '--out',
      out,
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Sentra Tidak Ada/);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('simpul import --tool', () => {
  it('reads an ODK Central export and names the unknown centre by row and column', async () => {
    const run = await simpul(
      '--lang',
      'en',
      'import',
      'name-generator',
      path.join(FIXTURES, 'odk-name-generator.csv'),
      '--tool',
      'odk',
      '--dry-run',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/row 2, column sentra: Centre SNT-KOBO does not exist/);
  });
});
