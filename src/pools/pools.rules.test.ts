import { describe, expect, it } from 'vitest';
import { withLang } from '../shared/i18n.ts';
import {
  canMovePool,
  closingProblems,
  currentTierIndex,
  memberShares,
  participantPairs,
  singleBuyerPrice,
  splitDelivery,
  tierProblems,
  unitPriceAt,
} from './pools.rules.ts';

const TIERS = [
  { minTotal: 100, unitPrice: 12_000 },
  { minTotal: 500, unitPrice: 11_000 },
  { minTotal: 1_000, unitPrice: 10_500 },
];

describe('pool rules', () => {
  it('finds the tier the total reaches, the first tier standing in below all', () => {
    expect(currentTierIndex(TIERS, 50)).toBeNull();
    expect(currentTierIndex(TIERS, 100)).toBe(0);
    expect(currentTierIndex(TIERS, 999)).toBe(1);
    expect(currentTierIndex(TIERS, 5_000)).toBe(2);
    expect(unitPriceAt(TIERS, 50)).toBe(12_000);
    expect(unitPriceAt(TIERS, 1_000)).toBe(10_500);
  });

  it('prices buying alone at the stated price, else the first tier', () => {
    expect(singleBuyerPrice(TIERS, null)).toBe(12_000);
    expect(singleBuyerPrice(TIERS, 13_000)).toBe(13_000);
    expect(memberShares([{ enterpriseId: 'a', quantity: 10 }], 11_000, 12_000)).toEqual([
      { enterpriseId: 'a', quantity: 10, cost: 110_000, costAlone: 120_000, savings: 10_000 },
    ]);
  });

  it('refuses tiers whose minimum does not increase or whose price rises', () => {
    const problems = withLang('en', () =>
      tierProblems([
        { minTotal: 100, unitPrice: 10 },
        { minTotal: 100, unitPrice: 9 },
        { minTotal: 200, unitPrice: 11 },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual(['tiers.1.minTotal', 'tiers.2.unitPrice']);
    expect(tierProblems(TIERS)).toEqual([]);
  });

  it('closes only at the minimum, and moves only forward', () => {
    expect(closingProblems(300, 300, 'kg')).toEqual([]);
    const [below] = withLang('en', () => closingProblems(299, 300, 'kg'));
    expect(below?.message).toContain('299 kg, below the minimum total of 300 kg');
    expect(canMovePool('open', 'closed')).toBe(true);
    expect(canMovePool('closed', 'open')).toBe(false);
    expect(canMovePool('purchased', 'cancelled')).toBe(false);
    expect(canMovePool('split', 'split')).toBe(false);
  });

  it('splits what was bought in proportion, adding up exactly', () => {
    const parts = splitDelivery(
      [
        { enterpriseId: 'a', quantity: 1 },
        { enterpriseId: 'b', quantity: 1 },
        { enterpriseId: 'c', quantity: 1 },
      ],
      { totalQuantity: 100, totalCost: 1_000_000 },
    );
    expect(parts.reduce((acc, p) => acc + p.quantity, 0)).toBeCloseTo(100, 9);
    expect(parts.reduce((acc, p) => acc + p.cost, 0)).toBe(1_000_000);
    expect(participantPairs(['c', 'a', 'b', 'a'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });
});
