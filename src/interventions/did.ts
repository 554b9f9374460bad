/**
 * Before/after and difference-in-differences for one intervention (issue #20, point 3). Pure: the caller
 * loads each centre's indicators for the year before and the year after.
 *
 * Card, D. & Krueger, A. B. (1994). Minimum wages and employment. American Economic Review 84(4),
 * 772–793: DiD = (after − before) of the treated − mean (after − before) of the comparison units. It
 * assumes the treated centre would have moved as the comparison centres did (parallel trends).
 */

/** The indicators compared, standard ones (DOMAIN.md §7.1) then network ones (§7.2). */
export const EFFECT_INDICATORS = [
  'firms',
  'workers',
  'productionValue',
  'investment',
  'valueAdded',
  'collaborationDensity',
  'conflictDensity',
  'components',
  'balanceShare',
] as const;
export type EffectIndicator = (typeof EFFECT_INDICATORS)[number];

/** One centre's indicator values in one year; null where nothing was recorded. */
export type IndicatorValues = Record<EffectIndicator, number | null>;

/** A centre's values in the year before and the year after. */
export interface BeforeAfter {
  before: IndicatorValues;
  after: IndicatorValues;
}

/** One row of the before/after table. */
export interface EffectRow {
  indicator: EffectIndicator;
  before: number | null;
  after: number | null;
  /** after − before; null when either is missing. */
  change: number | null;
  /** Mean change of the comparison centres that have both years; null with fewer than `minComparisons`. */
  comparisonChange: number | null;
  /** How many comparison centres have both years of this indicator. */
  comparisonCount: number;
  /** change − comparisonChange; null when either is missing. */
  did: number | null;
}

/** Fewer comparison centres than this and no DiD is shown: a mean of one centre is that centre. */
export const MIN_COMPARISONS = 2;

/** after − before, or null when either is missing. */
export function changeOf(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

/** The before/after table of `treated` with the DiD against `comparisons`, one row per indicator. */
export function differenceInDifferences(
  treated: BeforeAfter,
  comparisons: readonly BeforeAfter[],
  minComparisons = MIN_COMPARISONS,
): EffectRow[] {
  return EFFECT_INDICATORS.map((indicator) => {
    const before = treated.before[indicator];
    const after = treated.after[indicator];
    const change = changeOf(before, after);
    const changes = comparisons
      .map((c) => changeOf(c.before[indicator], c.after[indicator]))
      .filter((c): c is number => c !== null);
    const comparisonChange =
      changes.length >= minComparisons ? changes.reduce((a, b) => a + b, 0) / changes.length : null;
    const did = change === null || comparisonChange === null ? null : change - comparisonChange;
    return { indicator, before, after, change, comparisonChange, comparisonCount: changes.length, did };
  });
}

/** A record of values with every indicator null. */
export function emptyValues(): IndicatorValues {
  return Object.fromEntries(EFFECT_INDICATORS.map((k) => [k, null])) as IndicatorValues;
}

/** The years compared: the one before the start, and the one after the end (or the start if open). */
export function effectYears(startDate: string, endDate: string | null): { before: number; after: number } {
  return { before: Number(startDate.slice(0, 4)) - 1, after: Number((endDate ?? startDate).slice(0, 4)) + 1 };
}
