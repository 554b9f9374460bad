/**
 * Reliability data as METHODS.md §8 and Krippendorff (2011) lay it out: units (rows) × coders (columns),
 * each cell a value or null when that coder did not code that unit. A value is a label (nominal data) or a
 * number (ordinal, interval and ratio data).
 */

/** The level of measurement, which decides the distance between two values. */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** One cell: a category label or a number; null when missing. */
export type CodeValue = string | number | null;

/** One unit (row): its id, each coder's value, and how many identical units it stands for. */
export interface ReliabilityUnit {
  id: string;
  values: readonly CodeValue[];
  /**
   * How many identical units this row stands for (a run of characters coded alike, say); 1 when absent.
   * Every coefficient counts the row as `weight` units, so weighting equals repeating the row.
   */
  weight?: number;
}

/** Units × coders: `values[u][c]` is coder c's value for unit u. */
export interface ReliabilityData {
  coders: readonly string[];
  units: readonly ReliabilityUnit[];
}

/** How many units a row stands for. */
export const unitWeight = (unit: ReliabilityUnit): number => unit.weight ?? 1;

/** Why a coefficient has no value (never NaN): the data cannot define it. */
export type UndefinedReason =
  /** Fewer than two coders coded at all. */
  | 'single_coder'
  /** No unit holds two or more values, so no pair can be compared. */
  | 'no_pairable_unit'
  /** Every pairable value is the same: expected disagreement is zero. */
  | 'single_value'
  /** The coefficient is defined for exactly two coders. */
  | 'needs_two_coders'
  /** A numeric level was asked of a label that is not a number. */
  | 'not_numeric';

/** A coefficient's value, or null with the reason; `units` are the units it was computed on. */
export interface Coefficient {
  value: number | null;
  reason: UndefinedReason | null;
  units: number;
}

/** A defined coefficient. */
export const defined = (value: number, units: number): Coefficient => ({ value, reason: null, units });

/** An undefined coefficient. */
export const undefinedAs = (reason: UndefinedReason, units = 0): Coefficient => ({
  value: null,
  reason,
  units,
});

/** The values of a unit that are present, in coder order. */
export function presentValues(values: readonly CodeValue[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (const v of values) if (v !== null) out.push(v);
  return out;
}

/** A stable key of a value, so that 2 and "2" stay distinct only when the data mixes types. */
export const valueKey = (v: string | number): string => (typeof v === 'number' ? `n:${v}` : `s:${v}`);

/** Coders that coded at least one unit. */
export function activeCoders(data: ReliabilityData): number {
  let count = 0;
  for (let c = 0; c < data.coders.length; c++) {
    if (data.units.some((u) => u.values[c] !== null && u.values[c] !== undefined)) count++;
  }
  return count;
}
