import { cronbachAlpha, reverseLikert } from '../../analysis/reliability/cronbach.ts';
import { LIKERT_POINTS } from './scales.constants.ts';

/**
 * Pure rules of the survey scales: keying, the missing-item rule of a scale score, and α of a scale's
 * answers. No database, no words.
 */

/** An item as scoring needs it. */
export interface ScoredItem {
  id: string;
  reverse: boolean;
}

/** The answer as scored: reverse-keyed items reversed on the five-point scale. */
export function keyed(value: number, reverse: boolean): number {
  return reverse ? reverseLikert(value, LIKERT_POINTS) : value;
}

/** The fewest answered items a score needs: half the scale's items, rounded up (the "half rule"). */
export function minimumAnswered(items: number): number {
  return Math.max(1, Math.ceil(items / 2));
}

/**
 * A scale score: the mean of the answered items (keyed), when at least half of the scale's items are
 * answered; null otherwise. Missing items are not imputed: the mean of the rest stands for them (person-
 * mean substitution, which gives the same number).
 */
export function scaleScore(
  items: readonly ScoredItem[],
  answers: ReadonlyMap<string, number>,
): { score: number | null; answered: number; items: number } {
  const values = items.flatMap((item) => {
    const value = answers.get(item.id);
    return value === undefined ? [] : [keyed(value, item.reverse)];
  });
  const score =
    values.length >= minimumAnswered(items.length) && values.length > 0
      ? values.reduce((s, v) => s + v, 0) / values.length
      : null;
  return { score, answered: values.length, items: items.length };
}

/** Cronbach's α of respondents' answers to `items` (keyed; a respondent missing any item is dropped listwise). */
export function scaleAlpha(
  items: readonly ScoredItem[],
  respondents: readonly ReadonlyMap<string, number>[],
) {
  const rows = respondents.map((answers) =>
    items.map((item) => {
      const value = answers.get(item.id);
      return value === undefined ? null : keyed(value, item.reverse);
    }),
  );
  // With no respondent, the matrix has no row to tell the item count: the library must still hear it.
  if (rows.length === 0) return { ...cronbachAlpha([items.map(() => null)]), respondents: 0 };
  return cronbachAlpha(rows);
}
