import { describe, expect, it } from 'vitest';
import { ECOSYSTEM_ELEMENTS } from './ecosystem.elements.ts';
import { ecosystemIndex, GEOMETRIC_FLOOR, indices } from './ecosystem-index.ts';

describe('ecosystemIndex', () => {
  it('gives the average centre 10 and 1 when all ten elements are present', () => {
    const indicators = ECOSYSTEM_ELEMENTS.map((element) => ({ key: element, element, values: [2, 2] }));
    const { centers } = ecosystemIndex(2, indicators);
    expect(centers[0]?.additive).toBeCloseTo(10, 12);
    expect(centers[0]?.geometric).toBeCloseTo(1, 12);
    expect(centers[0]?.presentElements).toBe(10);
  });

  it('normalises by the set mean, averages within elements and rescales over the present ones', () => {
    const { indicators, centers } = ecosystemIndex(2, [
      { key: 'nib', element: 'formal_institutions', values: [0.8, 0.4] }, // mean 0.6
      { key: 'legal', element: 'formal_institutions', values: [1, null] }, // mean 1, B has none
      { key: 'density', element: 'networks', values: [0.1, 0.3] }, // mean 0.2
      { key: 'credit', element: 'finance', values: [0, 0] }, // mean 0: nothing to compare
      { key: 'designs', element: 'new_knowledge', values: [null, null] },
      { key: 'workers', element: 'talent', values: [0, 4] }, // mean 2
    ]);
    expect(indicators.map((i) => i.status)).toEqual([
      'used',
      'used',
      'used',
      'no_variation',
      'not_recorded',
      'used',
    ]);
    const [a, b] = centers;
    // A: formal (4/3 + 1)/2 = 7/6, networks 0.5, talent 0 → Σ = 5/3, × 10/3 = 50/9.
    expect(a?.normalized[0]).toBeCloseTo(4 / 3, 12);
    expect(a?.normalized.slice(1)).toEqual([1, 0.5, null, null, 0]);
    expect(a?.elements.find((e) => e.element === 'formal_institutions')?.score).toBeCloseTo(7 / 6, 12);
    expect(a?.elements.find((e) => e.element === 'finance')?.score).toBeNull();
    expect(a?.presentElements).toBe(3);
    expect(a?.additive).toBeCloseTo(50 / 9, 12);
    // The zero of talent is floored: (7/6 × 0.5 × 0.01)^(1/3).
    expect(a?.geometric).toBeCloseTo(((7 / 6) * 0.5 * GEOMETRIC_FLOOR) ** (1 / 3), 12);
    // B: formal 2/3 (its own indicator only), networks 1.5, talent 2 → Σ = 25/6 → 125/9; (2/3·1.5·2)^(1/3) = 2^(1/3).
    expect(b?.elements.find((e) => e.element === 'formal_institutions')?.score).toBeCloseTo(2 / 3, 12);
    expect(b?.additive).toBeCloseTo(125 / 9, 12);
    expect(b?.geometric).toBeCloseTo(2 ** (1 / 3), 12);
  });

  it('answers null indices for a centre with no element at all', () => {
    expect(indices([null, null])).toEqual({ presentElements: 0, additive: null, geometric: null });
  });
});
