import { describe, expect, it } from 'vitest';
import { capabilityFit, proximityFactor, spareFactor } from './factors.ts';
import { candidateOf, specOf } from './matching.test-helpers.ts';
import { explainConflicted, explainRanked, rankText } from './matching.words.ts';
import { rankCandidates } from './score.ts';
import { trustFactor } from './trust.ts';
import { DEFAULT_WEIGHTS as W, weightsWith } from './weights.ts';

describe('the factors', () => {
  it('capability: levels count 0.6 / 0.8 / 1, a missing process 0, a missing certificate halves', () => {
    const spec = specOf();
    expect(capabilityFit(spec, candidateOf('a'), W).value).toBeCloseTo(0.8);
    const mixed = candidateOf('b', {
      capability: { processLevels: { 'footwear.cutting': 3, 'footwear.upper': 1, 'footwear.lasting': 3 } },
    });
    const fit = capabilityFit(spec, mixed, W);
    expect(fit.value).toBeCloseTo((1 + 0.6 + 1 + 0) / 4);
    expect(fit.reasons).toContainEqual({ code: 'processes_some', params: { covered: 3, total: 4 } });
    expect(fit.reasons).toContainEqual({ code: 'expert_levels', params: { count: 2 } });
    const certified = specOf({ requiredCertifications: ['SNI', 'HALAL'] });
    const one = candidateOf('c', { capability: { validCertifications: ['SNI'] } });
    expect(capabilityFit(certified, one, W).value).toBeCloseTo(0.8 * 0.5);
  });

  it('capability: an order below the minimum is penalised when the units agree', () => {
    const small = specOf({ quantity: 100 });
    const c = candidateOf('a', { capability: { minOrderQty: 500 } });
    expect(capabilityFit(small, c, W).value).toBeCloseTo(0.8 * W.belowMinOrderPenalty);
    expect(capabilityFit(specOf({ quantity: 100, unit: 'kg' }), c, W).value).toBeCloseTo(0.8);
  });

  it('spare: the part of the quantity the free capacity covers, with a floor and a stale penalty', () => {
    // 40 % of 2,500 = 1,000 pairs free: covers all of 1,000, a quarter of 4,000.
    expect(spareFactor(specOf(), candidateOf('a'), W).value).toBeCloseTo(1);
    expect(spareFactor(specOf({ quantity: 4000 }), candidateOf('a'), W).value).toBeCloseTo(0.1 + 0.9 * 0.25);
    const full = candidateOf('b', { capability: { sparePct: 0 } });
    expect(spareFactor(specOf(), full, W).value).toBeCloseTo(0.1);
    const otherUnit = spareFactor(specOf({ unit: 'dozen' }), candidateOf('c'), W);
    expect(otherUnit.value).toBeCloseTo(0.1 + 0.9 * 0.4);
    expect(otherUnit.reasons).toEqual([{ code: 'spare_pct', params: { pct: 40 } }]);
  });

  it('spare: unconfirmed for more than 60 days costs the stated penalty; 60 days does not', () => {
    const at60 = candidateOf('a', { capability: { spareConfirmedOn: '2025-12-31' } });
    const at61 = candidateOf('b', { capability: { spareConfirmedOn: '2025-12-30' } });
    expect(spareFactor(specOf(), at60, W).value).toBeCloseTo(1);
    const stale = spareFactor(specOf(), at61, W);
    expect(stale.value).toBeCloseTo(W.stalePenalty);
    expect(stale.reasons).toContainEqual({ code: 'stale_profile', params: { days: 61, limit: 60 } });
  });

  it('trust: a newcomer stands at 0.5, a reliable partner of the poster above, a breacher below', () => {
    const asOf = '2026-03-01';
    expect(trustFactor('poster', asOf, candidateOf('new'), W).value).toBeCloseTo(0.5);
    const jobs = [1, 2, 3].map(() => ({ clientId: 'poster', lastDay: asOf }));
    const partner = candidateOf('p', {
      trust: {
        jobs,
        deliveries: jobs.map(() => ({ clientId: 'poster', onTime: true })),
        ratingAverage: 5,
        ratingCount: 3,
      },
    });
    // n = 3 × 2 (the poster's jobs count double) = 6; quality 1; trust = 0.5 + 0.5 (1 − e^−2).
    expect(trustFactor('poster', asOf, partner, W).value).toBeCloseTo(0.5 + 0.5 * (1 - Math.exp(-2)));
    // The same jobs for someone else count once: n = 3.
    expect(trustFactor('other', asOf, partner, W).value).toBeCloseTo(0.5 + 0.5 * (1 - Math.exp(-1)));
    const breacher = candidateOf('b', { trust: { breaches: 1 } });
    expect(trustFactor('poster', asOf, breacher, W).value).toBeCloseTo(0.5 * W.breachPenalty);
  });

  it('trust: a job two years old (the half-life) counts half', () => {
    const old = candidateOf('o', { trust: { jobs: [{ clientId: 'x', lastDay: '2024-03-01' }] } });
    const n = 2 ** (-(731 / 365.25) / 2);
    expect(trustFactor('poster', '2026-03-01', old, W).value).toBeCloseTo(
      0.5 + 0.5 * 0.8 * (1 - Math.exp(-n / 3)),
    );
  });

  it('proximity: same centre 1, same regency 0.85, same province 0.7, farther 0.5', () => {
    const place = { centerIds: ['c1'], regionCode: '32.73.17.1003' };
    expect(proximityFactor(place, candidateOf('a')).value).toBe(1);
    expect(proximityFactor(place, candidateOf('b', { centerId: 'c2', regionCode: '32.73.05' })).value).toBe(
      0.85,
    );
    expect(proximityFactor(place, candidateOf('c', { centerId: 'c2', regionCode: '32.04.01' })).value).toBe(
      0.7,
    );
    expect(proximityFactor(place, candidateOf('d', { centerId: 'c2', regionCode: '33.72.01' })).value).toBe(
      0.5,
    );
    expect(proximityFactor(null, candidateOf('e', { centerId: 'c9' })).value).toBe(1);
  });
});

describe('rankCandidates', () => {
  const place = { centerIds: ['c1'], regionCode: '32.73.17' };

  it('orders by the product of the factors and skips firms that master none of the processes', () => {
    const strong = candidateOf('s', {
      capability: {
        processLevels: {
          'footwear.cutting': 3,
          'footwear.upper': 3,
          'footwear.lasting': 3,
          'footwear.sole': 3,
        },
      },
    });
    const weak = candidateOf('w', { capability: { sparePct: 10 } });
    const none = candidateOf('n', { capability: { processLevels: { 'batik.cap': 3 } } });
    const ranking = rankCandidates(specOf(), [weak, none, strong], { poster: place });
    expect(ranking.ranked.map((c) => c.enterpriseId)).toEqual(['s', 'w']);
    expect(ranking.unqualified).toBe(1);
    const top = ranking.ranked[0];
    expect(top?.score).toBeCloseTo(1 * 1 * 0.5 * 1);
    expect(top?.factors).toMatchObject({ capability: 1, spare: 1, proximity: 1, fairness: 1 });
  });

  it('sets a candidate in conflict with the poster apart, with the reason, unless asked to include it', () => {
    const quarrel = candidateOf('q', {
      conflicts: [{ kind: 'tie', type: 'BUYER_POACHING', since: '2025-07-01' }],
    });
    const ranking = rankCandidates(specOf(), [quarrel, candidateOf('a')], { poster: place });
    expect(ranking.ranked.map((c) => c.enterpriseId)).toEqual(['a']);
    expect(ranking.conflicted).toEqual([
      {
        enterpriseId: 'q',
        name: 'Firm q',
        centerId: 'c1',
        reasons: [{ code: 'conflict_tie', params: { type: 'BUYER_POACHING', since: '2025-07-01' } }],
      },
    ]);
    expect(explainConflicted(ranking.conflicted[0]?.reasons ?? [], 'en')).toBe(
      'set apart: active conflict with you: Buyer poaching since 1 July 2025',
    );
    const included = rankCandidates(specOf(), [quarrel, candidateOf('a')], {
      poster: place,
      includeConflicted: true,
    });
    expect(included.ranked.map((c) => c.enterpriseId).sort()).toEqual(['a', 'q']);
    expect(included.conflicted).toHaveLength(1);
    expect(included.ranked.find((c) => c.enterpriseId === 'q')?.reasons.at(-1)?.code).toBe('conflict_tie');
  });

  it('with fairness, a micro firm with less awarded volume overtakes the firm that got the most', () => {
    const busy = candidateOf('b', { isMicro: false, awardedThisQuarter: 5000, capability: { sparePct: 60 } });
    const micro = candidateOf('m', { awardedThisQuarter: 0, capability: { sparePct: 40 } });
    const plain = rankCandidates(specOf({ quantity: 1500 }), [busy, micro], { poster: place });
    expect(plain.ranked.map((c) => c.enterpriseId)).toEqual(['b', 'm']);
    const fair = rankCandidates(specOf({ quantity: 1500 }), [busy, micro], { poster: place, fair: true });
    expect(fair.ranked.map((c) => c.enterpriseId)).toEqual(['m', 'b']);
    expect(fair.ranked[1]?.factors.fairness).toBeCloseTo((1 - 0.5) * (1 - 0.2));
    expect(fair.ranked[0]?.reasons).toContainEqual({ code: 'fair_micro', params: {} });
  });

  it('weights are exponents: 0 ignores a factor', () => {
    const far = candidateOf('f', { centerId: 'c2', regionCode: '33.01' });
    const w = weightsWith({ proximity: 0 });
    expect(rankCandidates(specOf(), [far], { poster: place, weights: w }).ranked[0]?.factors.proximity).toBe(
      0.5,
    );
    expect(rankCandidates(specOf(), [far], { poster: place, weights: w }).ranked[0]?.score).toBeCloseTo(
      0.8 * 0.5,
    );
    expect(weightsWith({ proximity: -1 })).toEqual(W);
  });

  it('equal scores are ordered by name, so the ranking is deterministic', () => {
    const ranking = rankCandidates(specOf(), [
      candidateOf('z', { name: 'Zaitun' }),
      candidateOf('a', { name: 'Asri' }),
    ]);
    expect(ranking.ranked.map((c) => c.name)).toEqual(['Asri', 'Zaitun']);
    expect(ranking.ranked.map((c) => c.rank)).toEqual([1, 2]);
  });
});

describe('explanations', () => {
  it('reads as the issue asks, in English and in Indonesian', () => {
    const jobs = [1, 2, 3].map(() => ({ clientId: 'poster', lastDay: '2026-01-01' }));
    const c = candidateOf('a', {
      trust: { jobs, deliveries: jobs.map(() => ({ clientId: 'poster', onTime: true })) },
      capability: { monthlyCapacity: null, capacityUnit: null },
    });
    const second = candidateOf('b', {
      name: 'AAA',
      capability: {
        processLevels: {
          'footwear.cutting': 3,
          'footwear.upper': 3,
          'footwear.lasting': 3,
          'footwear.sole': 3,
        },
        sparePct: 90,
      },
      trust: { jobs: [...jobs, ...jobs], deliveries: [] },
    });
    const ranking = rankCandidates(specOf(), [c, second], {
      poster: { centerIds: ['c1'], regionCode: null },
    });
    const ranked = ranking.ranked.find((r) => r.enterpriseId === 'a');
    expect(ranked?.rank).toBe(2);
    expect(explainRanked(2, ranked?.reasons ?? [], 'en')).toBe(
      'ranked 2nd: all 4 processes, 40% spare capacity, 3 deliveries to you on time, same centre',
    );
    expect(explainRanked(2, ranked?.reasons ?? [], 'id')).toBe(
      'peringkat ke-2: semua 4 proses, kapasitas luang 40%, 3 pengiriman kepada Anda tepat waktu, sentra yang sama',
    );
  });

  it('ordinals in English', () => {
    expect(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => rankText(n, 'en').replace('ranked ', '')),
    ).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
});
