import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';

let database: TestDatabase;
let centerId = '';
let dir = '';
const simpul = (...args: string[]) =>
  runSimpul(args, { databaseUrl: database.url, env: { SIMPUL_LANG: 'en' } });

beforeAll(async () => {
  database = await createTestDatabase();
  centerId = (await createCenter(database.db, CenterCreateSchema.parse(buildCenterInput()))).id;
  dir = await mkdtemp(join(tmpdir(), 'simpul-whatif-'));
});
afterAll(async () => {
  await database?.drop();
});

describe('simpul whatif', () => {
  it('prints today and after side by side, and names a firm that is not in the centre', async () => {
    const empty = join(dir, 'none.json');
    await writeFile(empty, '[]');
    const shown = await simpul('whatif', centerId, '--edits', empty);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/Measure\s+Today\s+After/);
    expect(shown.stdout).toContain('0 ties changed');
    const stranger = '0b7c2a4e-5f7d-4c1e-9a57-3d2f1e0c9b8a';
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify([{ action: 'removeFirm', firm: stranger }]));
    const refused = await simpul('whatif', centerId, '--edits', bad);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(stranger);
  });
});
