import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { loadDemo } from './demo.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db, {});
}, 300_000);
afterAll(async () => {
  await database?.drop();
});

describe('demo institution assessments', () => {
  it('has one institution at each tier, and a rising trend of two snapshots for one', async () => {
    const rows = await database.db
      .selectFrom('institution_assessments as a')
      .innerJoin('institutions as i', 'i.id', 'a.institution_id')
      .select(['i.name', 'a.assessed_on', 'a.tier', 'a.score'])
      .orderBy('i.name')
      .orderBy('a.assessed_on')
      .execute();
    const latest = new Map(rows.map((r) => [r.name, r.tier]));
    expect(new Set(latest.values())).toEqual(new Set(['none', 'perunggu', 'perak', 'emas']));
    const trend = rows.filter((r) => r.name === 'Koperasi Batur Jaya');
    expect(trend.map((r) => r.assessed_on)).toEqual(['2025-06-30', '2026-06-30']);
    expect(trend[1]?.score).toBeGreaterThan(trend[0]?.score ?? 100);
  });

  it('changes nothing when loaded again', async () => {
    const before = await database.db.selectFrom('institution_assessments').select('id').execute();
    await loadDemo(database.db, {});
    const after = await database.db.selectFrom('institution_assessments').select('id').execute();
    expect(after).toHaveLength(before.length);
  });
});
