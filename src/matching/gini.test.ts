import { describe, expect, it } from 'vitest';
import { fairnessReport } from './fairness-report.ts';
import { gini, giniByCenterQuarter, quarterOf } from './gini.ts';
import { syntheticCenter } from './synthetic.ts';

describe('gini', () => {
  it('matches a hand computation: [1, 2, 3, 4] → Σ|xi − xj| = 20 over 2 n² mean = 2·16·2.5 = 80 → 0.25', () => {
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
  });

  it('matches known reference values', () => {
    // One firm gets everything among n: (n − 1) / n.
    expect(gini([0, 0, 0, 0, 10])).toBeCloseTo(0.8, 12);
    // Equal shares: 0.
    expect(gini([5, 5, 5])).toBe(0);
    // The closed form for 1, 2, …, n: (n − 1) / (3n) (Σ(2i − n − 1) i = n(n + 1)(n − 1) / 6).
    const ranks = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(gini(ranks)).toBeCloseTo(99 / 300, 12);
    expect(gini([])).toBe(0);
    expect(() => gini([1, -1])).toThrow(RangeError);
  });

  it('groups by centre and quarter, counting members awarded nothing as zeros', () => {
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    const rows = giniByCenterQuarter(
      [
        { centerId: 'c1', enterpriseId: 'a', quantity: 10, awardedOn: '2026-01-10' },
        { centerId: 'c1', enterpriseId: 'a', quantity: 10, awardedOn: '2026-02-10' },
        { centerId: 'c1', enterpriseId: 'b', quantity: 20, awardedOn: '2026-05-10' },
      ],
      new Map([['c1', ['a', 'b']]]),
    );
    expect(rows).toEqual([
      { centerId: 'c1', quarter: '2026-Q1', gini: 0.5, firms: 2, volume: 20 },
      { centerId: 'c1', quarter: '2026-Q2', gini: 0.5, firms: 2, volume: 20 },
    ]);
  });
});

describe('fairnessReport', () => {
  it('on a synthetic centre, the fairness option lowers the Gini of awarded volume and raises the micro share', () => {
    const center = syntheticCenter(7, 'c1', 120, 800);
    const requests = center.requests.map((spec) => ({
      spec,
      poster: { centerIds: ['c1'], regionCode: '32.73.17' },
    }));
    const report = fairnessReport(requests, center.candidates);
    expect(report.requests).toBe(requests.length);
    expect(report.giniFair).toBeLessThan(report.giniPlain);
    expect(report.microShareFair).toBeGreaterThan(report.microSharePlain);
  });
});
