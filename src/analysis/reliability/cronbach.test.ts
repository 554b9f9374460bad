import { describe, expect, it } from 'vitest';
import { cronbachAlpha, reverseLikert } from './cronbach.ts';

/** α as the mean inter-item covariance over the mean item variance (standardised form, unscaled), computed independently. */
function alphaFromCovariances(rows: number[][]): number {
  const k = rows[0]!.length;
  const n = rows.length;
  const mean = (i: number) => rows.reduce((s, r) => s + r[i]!, 0) / n;
  const cov = (i: number, j: number) =>
    rows.reduce((s, r) => s + (r[i]! - mean(i)) * (r[j]! - mean(j)), 0) / (n - 1);
  let variances = 0;
  let covariances = 0;
  for (let i = 0; i < k; i += 1)
    for (let j = 0; j < k; j += 1) {
      if (i === j) variances += cov(i, i);
      else covariances += cov(i, j);
    }
  // α = k² · mean covariance / (sum of the whole covariance matrix)
  return (k * k * (covariances / (k * (k - 1)))) / (variances + covariances);
}

describe("Cronbach's alpha", () => {
  const rows = [
    [1, 2, 3],
    [2, 3, 3],
    [3, 3, 4],
    [4, 4, 5],
    [5, 5, 5],
    [2, 1, 2],
  ];

  it('matches an independent computation (0.95484 from Python statistics, and the covariance form)', () => {
    const result = cronbachAlpha(rows);
    expect(result.alpha).toBeCloseTo(0.9548387096774194, 12);
    expect(result.alpha).toBeCloseTo(alphaFromCovariances(rows), 12);
    expect(result).toMatchObject({ items: 3, respondents: 6, reason: null });
  });

  it('leaves out incomplete respondents and says why it cannot be defined', () => {
    expect(cronbachAlpha([...rows, [1, null, 5]]).respondents).toBe(6);
    expect(cronbachAlpha([...rows, [1, null, 5]]).alpha).toBeCloseTo(0.9548387096774194, 12);
    expect(cronbachAlpha([[1], [2]])).toMatchObject({ alpha: null, reason: 'too_few_items' });
    expect(cronbachAlpha([[1, 2]])).toMatchObject({ alpha: null, reason: 'too_few_respondents' });
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
      ]),
    ).toMatchObject({ alpha: null, reason: 'no_total_variance' });
    // Items pulling against each other give a negative alpha, reversed they agree.
    const opposed = [
      [1, 5],
      [2, 4],
      [4, 2],
      [5, 1],
      [3, 2],
    ];
    expect(cronbachAlpha(opposed).alpha).toBeLessThan(0);
    expect(cronbachAlpha(opposed.map(([x, y]) => [x!, reverseLikert(y!)])).alpha).toBeGreaterThan(0.8);
  });
});
