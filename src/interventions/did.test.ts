import { describe, expect, it } from 'vitest';
import { type BeforeAfter, differenceInDifferences, effectYears, emptyValues } from './did.ts';

const centre = (firmsBefore: number | null, firmsAfter: number | null, workers?: [number, number]) => {
  const before = { ...emptyValues(), firms: firmsBefore };
  const after = { ...emptyValues(), firms: firmsAfter };
  if (workers) {
    before.workers = workers[0];
    after.workers = workers[1];
  }
  return { before, after } satisfies BeforeAfter;
};

describe('differenceInDifferences', () => {
  it('subtracts the mean change of the comparison centres from the treated change', () => {
    // Treated 40 → 52 (+12); comparisons 30 → 33 (+3) and 50 → 51 (+1): mean +2, DiD = 12 − 2 = 10.
    const rows = differenceInDifferences(centre(40, 52, [100, 130]), [
      centre(30, 33, [80, 90]),
      centre(50, 51, [120, 110]),
    ]);
    const firms = rows.find((r) => r.indicator === 'firms');
    expect(firms).toMatchObject({ before: 40, after: 52, change: 12, comparisonChange: 2, did: 10 });
    expect(firms?.comparisonCount).toBe(2);
    // Workers: treated +30; comparisons +10 and −10, mean 0; DiD 30.
    expect(rows.find((r) => r.indicator === 'workers')).toMatchObject({
      change: 30,
      comparisonChange: 0,
      did: 30,
    });
  });

  it('shows no DiD with fewer than two comparison centres having both years', () => {
    const rows = differenceInDifferences(centre(40, 52), [centre(30, 33), centre(null, 51)]);
    const firms = rows.find((r) => r.indicator === 'firms');
    expect(firms).toMatchObject({ change: 12, comparisonChange: null, comparisonCount: 1, did: null });
  });

  it('leaves the change empty when a year is missing', () => {
    const rows = differenceInDifferences(centre(null, 52), [centre(30, 33), centre(50, 51)]);
    expect(rows.find((r) => r.indicator === 'firms')).toMatchObject({
      change: null,
      comparisonChange: 2,
      did: null,
    });
  });
});

describe('effectYears', () => {
  it('takes the year before the start and the year after the end, or after the start when open', () => {
    expect(effectYears('2022-03-01', '2022-11-30')).toEqual({ before: 2021, after: 2023 });
    expect(effectYears('2021-06-01', null)).toEqual({ before: 2020, after: 2022 });
    expect(effectYears('2021-06-01', '2023-01-15')).toEqual({ before: 2020, after: 2024 });
  });
});
