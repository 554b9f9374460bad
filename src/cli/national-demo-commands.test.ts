import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url, timeout: 180_000 });

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul demo --national', () => {
  it('refuses a scale outside 0.01..1 naming --scale, in both languages, before writing anything', async () => {
    const id = await simpul('demo', '--national', '--scale', '2');
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('--scale harus angka antara 0,01 dan 1');
    const en = await simpul('demo', '--national', '--scale', '0.001', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--scale must be a number between 0.01 and 1');
    const alone = await simpul('demo', '--scale', '0.5', '--lang', 'en');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--scale applies only with --national');
  }, 60_000);

  it('loads ~138 centres in all 38 provinces at scale 0.01 with plain progress lines, then refuses a second load', async () => {
    const run = await simpul('demo', '--national', '--scale', '0.01', '--seed', '3', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/ties: [\d,]+\/[\d,]+ rows/);
    expect(run.stderr).toMatch(/National data loaded: 138 centres in 38 provinces, [\d,]+ enterprises/);
    expect(run.stderr).toContain('simpul analyze --all');
    const again = await simpul('demo', '--national', '--scale', '0.01', '--lang', 'en');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Load with --reset to replace them');
    const reset = await simpul('demo', '--national', '--scale', '0.01', '--reset');
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stderr).toMatch(/Data nasional dimuat: 138 sentra di 38 provinsi/);
  }, 240_000);
});
