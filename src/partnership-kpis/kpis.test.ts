import { describe, expect, it } from 'vitest';
import { type KpiAward, median, partnershipKpis, ratio } from './kpis.ts';

const award = (requestId: string, enterpriseId: string, quantity: number, extra: Partial<KpiAward> = {}) => ({
  requestId,
  enterpriseId,
  quantity,
  awardedOn: '2026-02-10',
  realised: false,
  micro: false,
  ...extra,
});

describe('partnership KPIs of a centre', () => {
  it('computes each KPI by hand', () => {
    const kpis = partnershipKpis({
      centerId: 'c',
      requests: [
        { requestId: 'r1', publishedAt: '2026-01-01T00:00:00Z', awardedAt: '2026-01-05T00:00:00Z' },
        { requestId: 'r2', publishedAt: '2026-01-10T00:00:00Z', awardedAt: '2026-01-20T00:00:00Z' },
        { requestId: 'r3', publishedAt: '2026-03-01T00:00:00Z', awardedAt: null },
        { requestId: 'r4', publishedAt: '2026-04-01T00:00:00Z', awardedAt: '2026-04-07T00:00:00Z' },
      ],
      invitations: [
        { requestId: 'r1', answered: true },
        { requestId: 'r1', answered: false },
        { requestId: 'r2', answered: true },
        { requestId: 'r3', answered: false },
        { requestId: 'elsewhere', answered: true },
      ],
      awards: [
        award('r1', 'a', 60, { realised: true, micro: true }),
        award('r1', 'b', 40, { micro: false }),
        award('r2', 'a', 100, { realised: false, micro: true }),
        award('r4', 'b', 100, { awardedOn: '2026-04-07', realised: true }),
      ],
      memberIds: ['a', 'b', 'c0'],
      pools: null,
    });
    expect(kpis.requests).toBe(4);
    // 2 answered of the 4 invitations of the cohort (the other request's invitation is not the centre's).
    expect(kpis.responseRate).toBe(0.5);
    // r1 and r4 have a realised award: 2 of 4.
    expect(kpis.conversion).toBe(0.5);
    // Days to award 4, 10, 6 → median 6.
    expect(kpis.medianDaysToAward).toBe(6);
    expect(kpis.awardedRequests).toBe(3);
    // Micro volume 160 of 300.
    expect(kpis.microShare).toBeCloseTo(160 / 300, 12);
    // Firms a 160, b 140, c0 0: sorted 0, 140, 160 → (−2·0 + 0·140 + 2·160) ÷ (3 · 300) = 320 / 900.
    expect(kpis.awardGini).toBeCloseTo(320 / 900, 12);
    // Q1: a 160, b 40, c0 0 → (0·−2 + 40·0 + 160·2) ÷ (3 · 200) = 320/600; Q2: b 100, a 0, c0 0 → 200/300.
    expect(kpis.giniByQuarter).toEqual([
      { quarter: '2026-Q1', gini: expect.closeTo(320 / 600, 12), volume: 200 },
      { quarter: '2026-Q2', gini: expect.closeTo(200 / 300, 12), volume: 100 },
    ]);
    expect(kpis.pools).toBe(0);
    expect(kpis.poolSavingsShare).toBeNull();
  });

  it('leaves every ratio undefined without its denominator, never 0 ÷ 0 = 0', () => {
    const kpis = partnershipKpis({
      centerId: 'c',
      requests: [],
      invitations: [],
      awards: [],
      memberIds: ['a'],
      pools: {
        centerId: 'c',
        pools: 0,
        participations: 0,
        costAlone: 0,
        cost: 0,
        savings: 0,
        savingsShare: null,
      },
    });
    expect(kpis).toMatchObject({
      requests: 0,
      responseRate: null,
      conversion: null,
      medianDaysToAward: null,
      microShare: null,
      awardGini: null,
      giniByQuarter: [],
      poolSavings: 0,
      poolSavingsShare: null,
    });
  });

  it('answers a request without invitations or awards with zero rates, not null ones', () => {
    const kpis = partnershipKpis({
      centerId: 'c',
      requests: [{ requestId: 'r', publishedAt: '2026-01-01T00:00:00Z', awardedAt: null }],
      invitations: [{ requestId: 'r', answered: false }],
      awards: [],
      memberIds: [],
      pools: {
        centerId: 'c',
        pools: 2,
        participations: 5,
        costAlone: 1000,
        cost: 900,
        savings: 100,
        savingsShare: 0.1,
      },
    });
    expect(kpis.conversion).toBe(0);
    expect(kpis.responseRate).toBe(0);
    expect(kpis.poolSavings).toBe(100);
    expect(kpis.poolSavingsShare).toBe(0.1);
  });

  it('takes the middle two for an even median and null for no denominator', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });
});
