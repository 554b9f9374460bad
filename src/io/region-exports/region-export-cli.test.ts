import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { dinasRows, importContent, toCsv } from '../io.test-helpers.ts';
import { unzipParts } from '../zip.test-helpers.ts';

let database: TestDatabase;
let folder: string;

const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-region-cli-'));
  await importContent(database.db, 'enterprises', toCsv(dinasRows(3, [2023])));
});
afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('simpul export-region', () => {
  it('writes the region’s ZIP and says what is in it', async () => {
    const target = path.join(folder, 'bandung.zip');
    const run = await simpul('export-region', '32.73', target, '--format', 'csv');
    expect(run.stderr, run.stderr).toContain('Kota Bandung (32.73):');
    expect(run.stderr).toContain('enterprises 3');
    expect(run.code).toBe(0);
    const parts = await unzipParts(readFileSync(target));
    expect(parts.map((p) => p.name)).toContain('enterprises.csv');
    expect(parts.find((p) => p.name === 'enterprises.csv')?.data.toString()).toContain('32.73');
  });

  it('refuses a file name that is not .zip and an unknown region, writing nothing', async () => {
    const wrong = path.join(folder, 'bandung.xlsx');
    const named = await simpul('export-region', '32.73', wrong, '--lang', 'en');
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('a region export is written as a .zip');
    expect(existsSync(wrong)).toBe(false);
    const unknown = await simpul('export-region', '32.99', path.join(folder, 'x.zip'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Kode wilayah 32.99 tidak dikenal.');
    expect(existsSync(path.join(folder, 'x.zip'))).toBe(false);
  });
});
