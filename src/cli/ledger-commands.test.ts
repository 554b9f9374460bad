import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { patternImage } from '../design-ledger/design-ledger.test-helpers.ts';

let database: TestDatabase;
let folder = '';
let enterpriseId = '';
const simpul = (...args: string[]) =>
  runSimpul(args, { databaseUrl: database.url, env: { SIMPUL_LANG: 'en' } });

beforeAll(async () => {
  database = await createTestDatabase();
  const firm = await database.db
    .insertInto('enterprises')
    .values({ name: 'Batik Uji', region_code: '32.73.17.1003' })
    .returning('id')
    .executeTakeFirstOrThrow();
  enterpriseId = firm.id;
  folder = await mkdtemp(path.join(tmpdir(), 'simpul-ledger-'));
  await writeFile(path.join(folder, 'motif.jpg'), await patternImage(901));
  await writeFile(path.join(folder, 'not-an-image.jpg'), '%PDF-1.4 not an image');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await database?.drop();
});

describe('simpul ledger', () => {
  it('records, shows with an evidence sheet, verifies, and refuses a file that is no image', async () => {
    const recorded = await simpul(
      'ledger',
      'record',
      path.join(folder, 'motif.jpg'),
      '--enterprise',
      enterpriseId,
      '--title',
      'Motif Uji',
      '--category',
      'Motif batik',
      '--json',
    );
    expect(recorded.code, recorded.stderr).toBe(0);
    const record = JSON.parse(recorded.stdout);
    expect(record.seq).toBe(1);
    const pdf = path.join(folder, 'sheet.pdf');
    const shown = await simpul('ledger', 'show', record.verificationCode, '--pdf', pdf);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(record.recordHash);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    const verified = await simpul('ledger', 'verify');
    expect(verified.code).toBe(0);
    expect(verified.stderr + verified.stdout).toContain('The chain is intact: 1 records checked.');
    const refused = await simpul(
      'ledger',
      'record',
      path.join(folder, 'not-an-image.jpg'),
      '--enterprise',
      enterpriseId,
      '--title',
      'X',
      '--category',
      'Y',
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr + refused.stdout).toContain(
      'Image 1 (not-an-image.jpg) is not a JPEG, PNG or WebP image.',
    );
  });
});
