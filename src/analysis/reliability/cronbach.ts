/**
 * Cronbach's alpha of a scale: respondents × items, each answer a number (Likert 1–5 after reversing the
 * reverse-keyed items). α = k/(k−1) · (1 − Σ var(item) / var(total)), sample variances (n − 1). A respondent
 * with any item missing (null) is left out (listwise), as SPSS RELIABILITY does.
 *
 * Pure: no I/O and no words; an alpha that cannot be defined is null with the reason's code.
 */
export type AlphaUndefined = 'too_few_items' | 'too_few_respondents' | 'no_total_variance';

export interface CronbachAlpha {
  alpha: number | null;
  reason: AlphaUndefined | null;
  /** Items (k) and the respondents with every item answered (n). */
  items: number;
  respondents: number;
}

function sampleVariance(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
}

/** Reverses a Likert answer on a 1…`points` scale (5 → 1 on a five-point scale). */
export function reverseLikert(value: number, points = 5): number {
  return points + 1 - value;
}

export function cronbachAlpha(answers: readonly (readonly (number | null)[])[]): CronbachAlpha {
  const items = answers[0]?.length ?? 0;
  const complete = answers.filter(
    (row): row is number[] => row.length === items && row.every((v) => v !== null && Number.isFinite(v)),
  );
  const result = (alpha: number | null, reason: AlphaUndefined | null): CronbachAlpha => ({
    alpha,
    reason,
    items,
    respondents: complete.length,
  });
  if (items < 2) return result(null, 'too_few_items');
  if (complete.length < 2) return result(null, 'too_few_respondents');
  let itemVariance = 0;
  for (let i = 0; i < items; i += 1) itemVariance += sampleVariance(complete.map((row) => row[i] as number));
  const totalVariance = sampleVariance(complete.map((row) => row.reduce((s, v) => s + v, 0)));
  if (totalVariance === 0) return result(null, 'no_total_variance');
  return result((items / (items - 1)) * (1 - itemVariance / totalVariance), null);
}
