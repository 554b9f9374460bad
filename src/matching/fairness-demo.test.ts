import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { loadDemo } from '../demo/demo.ts';
import { fairnessReplay } from './fairness.service.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
}, 300_000);
afterAll(async () => {
  await database?.drop();
});

describe('the fairness option on the demo data', () => {
  it('spreads the replayed awards: the Gini of awarded volume falls, summed over the demo centres', {
    timeout: 300_000,
  }, async () => {
    const report = await fairnessReplay(database.db, [], 18, '2026-06-30');
    expect(report.length).toBeGreaterThan(3);
    for (const r of report) {
      expect(r.giniPlain).toBeGreaterThanOrEqual(0);
      expect(r.giniFair).toBeLessThanOrEqual(1);
    }
    const plain = report.reduce((sum, r) => sum + r.giniPlain, 0) / report.length;
    const fair = report.reduce((sum, r) => sum + r.giniFair, 0) / report.length;
    console.log(
      report
        .map(
          (r) =>
            `${r.centerName}: ${r.giniPlain.toFixed(3)} → ${r.giniFair.toFixed(3)}, micro ${(r.microSharePlain * 100).toFixed(0)}% → ${(r.microShareFair * 100).toFixed(0)}%`,
        )
        .join('\n'),
    );
    expect(fair).toBeLessThan(plain);
  });
});
