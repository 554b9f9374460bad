import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { loadDemo } from '../../demo/demo.ts';

let database: TestDatabase;

const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url, timeout: 120_000 });

const storedCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('center_analyses')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db, { seed: 3 });
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul analyze', () => {
  it('analyses every centre in batches with plain progress lines, and stores the results', async () => {
    const run = await simpul('analyze', '--all', '--batch', '5', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Analysed 0/14 centres');
    expect(run.stderr).toContain('Analysed 5/14 centres');
    expect(run.stderr).toContain('Analysed 14/14 centres');
    expect(run.stderr).toMatch(/14 centres analysed in [\d.]+ s/);
    expect(await storedCount()).toBe(14);
  }, 180_000);

  it('analyses one centre at a date and prints it as JSON', async () => {
    const center = await database.db
      .selectFrom('centers')
      .select(['id', 'name'])
      .where('name', 'like', '%Cibaduyut%')
      .executeTakeFirstOrThrow();
    const run = await simpul('analyze', '--center', center.id, '--at', '2023-01-01', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(center.name);
    const analysis = JSON.parse(run.stdout);
    expect(analysis).toMatchObject({ centerId: center.id, at: '2023-01-01' });
    expect(analysis.indicators.firms).toBeGreaterThan(10);
    expect(await storedCount()).toBe(15);
  }, 180_000);

  it('exits 2 with a message for an unknown centre, a bad date or a missing choice', async () => {
    const [missing, badDate, neither] = await Promise.all([
      simpul('analyze', '--center', 'bukan-id', '--lang', 'en'),
      simpul('analyze', '--all', '--at', '2023-02-30', '--lang', 'en'),
      simpul('analyze'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bukan-id');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('YYYY-MM-DD: 2023-02-30');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--center ID atau --all');
  }, 180_000);
});
