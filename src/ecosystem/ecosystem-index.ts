/**
 * Centre ecosystem index after Stam & van de Ven (2021), "Entrepreneurial ecosystem elements", Small
 * Business Economics 56:809–832. Over a compared set of centres each indicator is divided by its mean
 * across the set; an element's score S_e is the mean of its normalised indicators; the additive index is
 * Σ S_e (the average centre scores 10 when all ten elements are present) and the geometric index
 * (Π S_e)^(1/n), which penalises imbalance. Pure: no database, no clock.
 *
 * Missing data (docs/design-choices.md, "Ecosystem index"): an indicator without any value in the set, or
 * whose set mean is 0 (nothing to compare against), is left out for every centre; a centre without a value
 * of its own is left out for that centre. An element with no usable indicator is missing; both indices are
 * taken over the n present elements, the additive one rescaled by 10/n so that it stays on the scale of ten
 * elements, and flagged "n of 10". A score of 0 is floored at `GEOMETRIC_FLOOR` in the geometric index only,
 * so one empty element pulls it down hard without making it 0 and hiding every other difference.
 */
import { ECOSYSTEM_ELEMENTS, type EcosystemElement } from './ecosystem.elements.ts';

/** Smallest element score the geometric index multiplies by (a 0 would make the whole index 0). */
export const GEOMETRIC_FLOOR = 0.01;

/** One indicator's raw values, aligned with the compared centres (null: not recorded for that centre). */
export interface IndicatorValues {
  key: string;
  element: EcosystemElement;
  values: readonly (number | null)[];
}

/** How an indicator fared across the set. */
export type IndicatorStatus = 'used' | 'not_recorded' | 'no_variation';

/** An indicator across the set: its mean and whether it entered the index. */
export interface IndicatorSummary {
  key: string;
  element: EcosystemElement;
  mean: number | null;
  status: IndicatorStatus;
}

/** One centre's result. */
export interface CenterEcosystemScore {
  /** Per element in `ECOSYSTEM_ELEMENTS` order: S_e, or null when missing for this centre. */
  elements: { element: EcosystemElement; score: number | null }[];
  /** Per indicator in input order: the raw value ÷ the set mean, null when not used for this centre. */
  normalized: (number | null)[];
  presentElements: number;
  /** Σ S_e × 10 / n over the n present elements; null when none is present. */
  additive: number | null;
  /** (Π max(S_e, floor))^(1/n) over the n present elements; null when none is present. */
  geometric: number | null;
}

/** The index of every centre of a compared set of `centerCount` centres. */
export function ecosystemIndex(
  centerCount: number,
  indicators: readonly IndicatorValues[],
): { indicators: IndicatorSummary[]; centers: CenterEcosystemScore[] } {
  const summaries = indicators.map(summarize);
  const centers: CenterEcosystemScore[] = [];
  for (let c = 0; c < centerCount; c++) {
    const normalized = indicators.map((ind, i) => {
      const { mean, status } = summaries[i] as IndicatorSummary;
      const raw = ind.values[c];
      return status === 'used' && raw !== null && raw !== undefined ? raw / (mean as number) : null;
    });
    const elements = ECOSYSTEM_ELEMENTS.map((element) => {
      const own = normalized.filter((v, i): v is number => v !== null && indicators[i]?.element === element);
      return { element, score: own.length === 0 ? null : own.reduce((a, b) => a + b, 0) / own.length };
    });
    centers.push({ elements, normalized, ...indices(elements.map((e) => e.score)) });
  }
  return { indicators: summaries, centers };
}

function summarize(ind: IndicatorValues): IndicatorSummary {
  const present = ind.values.filter((v): v is number => v !== null);
  if (present.length === 0) return { key: ind.key, element: ind.element, mean: null, status: 'not_recorded' };
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  return { key: ind.key, element: ind.element, mean, status: mean > 0 ? 'used' : 'no_variation' };
}

/** Both indices over the present element scores. */
export function indices(scores: readonly (number | null)[]) {
  const present = scores.filter((s): s is number => s !== null);
  const n = present.length;
  if (n === 0) return { presentElements: 0, additive: null, geometric: null };
  const sum = present.reduce((a, b) => a + b, 0);
  const logs = present.reduce((a, s) => a + Math.log(Math.max(s, GEOMETRIC_FLOOR)), 0);
  return {
    presentElements: n,
    additive: (sum * ECOSYSTEM_ELEMENTS.length) / n,
    geometric: Math.exp(logs / n),
  };
}
