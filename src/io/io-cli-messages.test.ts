import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { leakIn } from '../../test/message-leaks.ts';
import { dinasRows, toCsv } from './io.test-helpers.ts';

let database: TestDatabase;
let folder: string;
let csv: string;

const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });

/** The lines of `stderr` that report a problem (the progress and summary lines aside). */
const problemLines = (stderr: string) => stderr.split('\n').filter((line) => line.trim() !== '');

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-cli-messages-'));
  csv = path.join(folder, 'ikm.csv');
  writeFileSync(csv, toCsv(dinasRows(2, [2024])));
});
afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('CLI messages for bad values', () => {
  it('word a bad option by its label and in words, in the chosen language', async () => {
    const en = await simpul('import', 'enterprises', csv, '--region', '3273x', '--lang', 'en');
    expect(en.code).not.toBe(0);
    expect(en.stderr).toContain('Region must be a dotted Kemendagri region code, e.g. 32, 32.73');
    for (const line of problemLines(en.stderr)) expect(leakIn(line, 'en')).toBeUndefined();

    const id = await simpul('import', 'enterprises', csv, '--vintage', ' ');
    expect(id.code).not.toBe(0);
    expect(id.stderr).toContain('Edisi data tidak boleh kosong.');
    for (const line of problemLines(id.stderr)) expect(leakIn(line, 'id')).toBeUndefined();
  });

  it('point to the template for a long choice list instead of printing every code', async () => {
    const rows = dinasRows(2, [2024], (row, i) => {
      row.sumber = i === 0 ? 'entah' : 'pendataan_dinas';
    });
    const bad = path.join(folder, 'ikm-sumber.csv');
    writeFileSync(bad, toCsv(rows));
    const run = await simpul('import', 'enterprises', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'baris 2, kolom sumber: "entah" tidak dikenal; pakai salah satu pilihan di lembar petunjuk templat.',
    );
    for (const line of problemLines(run.stderr)) expect(leakIn(line, 'id')).toBeUndefined();
  });
});
