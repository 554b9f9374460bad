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
    const run = await simpul('analyze', '--all', '--local', '--batch', '5', '--lang', 'en');
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

  it('hands --all to the workers: refuses without one, queues with --no-wait, shows the run', async () => {
    const refused = await simpul('analyze', '--all', '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('No job worker is running');
    expect(refused.stderr).toContain('--local');
    const queued = await simpul('analyze', '--all', '--no-wait', '--chunk', '4', '--lang', 'en');
    expect(queued.code, queued.stderr).toBe(0);
    const id = queued.stdout.trim();
    expect(queued.stderr).toContain(`Analysis run ${id}: 14 centres in 4 queue jobs`);
    expect(queued.stderr).toContain(`simpul analyze --status ${id}`);
    const joined = await simpul('analyze', '--all', '--no-wait', '--lang', 'en');
    expect(joined.stdout.trim()).toBe(id);
    expect(joined.stderr).toContain('is under way');
    const status = await simpul('analyze', '--status', '--json', '--lang', 'en');
    expect(status.code, status.stderr).toBe(0);
    expect(status.stderr).toContain(`Run ${id}: running, 0/14 centres`);
    expect(JSON.parse(status.stdout)).toMatchObject({ id, total: 14, done: 0, chunks: 4, workers: 0 });
    const badChunk = await simpul('analyze', '--all', '--chunk', '0', '--lang', 'en');
    expect(badChunk.code).toBe(2);
    expect(badChunk.stderr).toContain('chunk size');
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
