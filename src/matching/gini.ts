/**
 * Gini coefficient of awarded volume (issue #18, fairness): 0 when every firm got the same volume,
 * (n − 1) ÷ n when one firm got it all. Computed on sorted values as
 *   G = Σᵢ (2i − n − 1) xᵢ ÷ (n Σ xᵢ),  i = 1…n, x ascending
 * (the mean absolute difference over twice the mean: Damgaard & Weiner 2000, *Ecology* 81:1139).
 * Firms that got nothing count (as zeros): spreading work to them is what the option is for.
 */

/** The Gini coefficient of non-negative `values`; 0 for an empty list or when all are zero. */
export function gini(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i += 1) {
    const x = sorted[i] ?? 0;
    if (x < 0) throw new RangeError('gini: values must not be negative');
    total += x;
    weighted += (2 * (i + 1) - n - 1) * x;
  }
  return total === 0 ? 0 : weighted / (n * total);
}

/** One award's volume, the centre of the firm that got it and the day it was awarded. */
export interface AwardedVolume {
  centerId: string;
  enterpriseId: string;
  quantity: number;
  awardedOn: string;
}

/** The calendar quarter of a day: `2026-Q1`. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Gini per centre and quarter; `members` lists each centre's firms so that those awarded nothing count. */
export function giniByCenterQuarter(
  awards: readonly AwardedVolume[],
  members: ReadonlyMap<string, readonly string[]>,
): { centerId: string; quarter: string; gini: number; firms: number; volume: number }[] {
  const groups = new Map<string, Map<string, number>>();
  for (const award of awards) {
    const key = `${award.centerId}|${quarterOf(award.awardedOn)}`;
    const byFirm = groups.get(key) ?? new Map<string, number>();
    byFirm.set(award.enterpriseId, (byFirm.get(award.enterpriseId) ?? 0) + award.quantity);
    groups.set(key, byFirm);
  }
  return [...groups.entries()]
    .map(([key, byFirm]) => {
      const [centerId = '', quarter = ''] = key.split('|');
      for (const firm of members.get(centerId) ?? []) if (!byFirm.has(firm)) byFirm.set(firm, 0);
      const values = [...byFirm.values()];
      return {
        centerId,
        quarter,
        gini: gini(values),
        firms: values.length,
        volume: values.reduce((a, b) => a + b, 0),
      };
    })
    .sort((a, b) => a.centerId.localeCompare(b.centerId) || a.quarter.localeCompare(b.quarter));
}
