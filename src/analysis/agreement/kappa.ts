/**
 * Percent agreement, Cohen's κ (Cohen 1960) and weighted κ (Cohen 1968), Scott's π and Fleiss' κ
 * (Fleiss 1971), as METHODS.md §8 defines them. Cohen's κ and Scott's π take exactly two coders and the
 * units both coded; Fleiss' κ takes the units every active coder coded (units with a missing value are
 * left out, and the count says how many were used). A unit of weight w counts as w identical units.
 */
import {
  type Coefficient,
  defined,
  presentValues,
  type ReliabilityData,
  undefinedAs,
  unitWeight,
  valueKey,
} from './reliability-data.ts';

/** Linear |i − j| or quadratic (i − j)² disagreement weights over the ordered categories. */
export type KappaWeights = 'linear' | 'quadratic';

/**
 * Percent agreement: over the units with two or more values, the share of agreeing pairs of values
 * (for two coders, the share of units where both gave the same value).
 */
export function percentAgreement(data: ReliabilityData): Coefficient {
  let total = 0;
  let units = 0;
  for (const unit of data.units) {
    const values = presentValues(unit.values).map(valueKey);
    if (values.length < 2) continue;
    let agreeing = 0;
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) if (values[i] === values[j]) agreeing++;
    }
    const w = unitWeight(unit);
    total += (agreeing / ((values.length * (values.length - 1)) / 2)) * w;
    units += w;
  }
  return units === 0 ? undefinedAs('no_pairable_unit') : defined(total / units, units);
}

/** A pair of values of two coders and the weight of its unit. */
type Pair = [a: string | number, b: string | number, weight: number];

/** The pairs of values of two coders on the units both coded. */
function pairsOfTwo(data: ReliabilityData): Pair[] | null {
  if (data.coders.length !== 2) return null;
  const pairs: Pair[] = [];
  for (const unit of data.units) {
    const [a, b] = unit.values;
    if (a !== null && a !== undefined && b !== null && b !== undefined) pairs.push([a, b, unitWeight(unit)]);
  }
  return pairs;
}

/** The summed weight of `pairs` (their number of units). */
const pairUnits = (pairs: readonly Pair[]): number => pairs.reduce((sum, [, , w]) => sum + w, 0);

/**
 * Cohen's κ of two coders, unweighted, or weighted with linear or quadratic weights over the categories
 * in their order (numbers by value, labels alphabetically); null when all values are one category.
 */
export function cohenKappa(data: ReliabilityData, weights?: KappaWeights): Coefficient {
  const pairs = pairsOfTwo(data);
  if (pairs === null) return undefinedAs('needs_two_coders');
  const n = pairUnits(pairs);
  if (n === 0) return undefinedAs('no_pairable_unit');
  if (weights && pairs.some(([a, b]) => typeof a !== 'number' || typeof b !== 'number')) {
    return undefinedAs('not_numeric', n);
  }
  const categories = orderedCategories([...pairs.map(([a]) => a), ...pairs.map(([, b]) => b)]);
  if (categories.length < 2) return undefinedAs('single_value', n);
  const index = new Map(categories.map((c, i) => [valueKey(c), i]));
  const k = categories.length;
  const observed = new Float64Array(k * k);
  const rowTotals = new Float64Array(k);
  const columnTotals = new Float64Array(k);
  for (const [a, b, w] of pairs) {
    const i = index.get(valueKey(a)) as number;
    const j = index.get(valueKey(b)) as number;
    observed[i * k + j] = (observed[i * k + j] ?? 0) + w;
    rowTotals[i] = (rowTotals[i] ?? 0) + w;
    columnTotals[j] = (columnTotals[j] ?? 0) + w;
  }
  const weight = (i: number, j: number) =>
    weights === 'quadratic' ? (i - j) ** 2 : weights === 'linear' ? Math.abs(i - j) : i === j ? 0 : 1;
  // κ_w = 1 − Σ v_ij o_ij / Σ v_ij e_ij; with 0/1 weights this is (P_o − P_e)/(1 − P_e).
  let disagreement = 0;
  let chance = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = weight(i, j);
      disagreement += (v * (observed[i * k + j] ?? 0)) / n;
      chance += (v * (rowTotals[i] ?? 0) * (columnTotals[j] ?? 0)) / (n * n);
    }
  }
  if (chance === 0) return undefinedAs('single_value', n);
  return defined(1 - disagreement / chance, n);
}

/** Scott's π of two coders: as κ, with chance agreement from the pooled marginals. */
export function scottPi(data: ReliabilityData): Coefficient {
  const pairs = pairsOfTwo(data);
  if (pairs === null) return undefinedAs('needs_two_coders');
  const n = pairUnits(pairs);
  if (n === 0) return undefinedAs('no_pairable_unit');
  const pooled = new Map<string, number>();
  let agree = 0;
  for (const [a, b, w] of pairs) {
    if (valueKey(a) === valueKey(b)) agree += w;
    for (const v of [a, b]) pooled.set(valueKey(v), (pooled.get(valueKey(v)) ?? 0) + w);
  }
  let chance = 0;
  for (const count of pooled.values()) chance += (count / (2 * n)) ** 2;
  if (chance === 1) return undefinedAs('single_value', n);
  return defined((agree / n - chance) / (1 - chance), n);
}

/**
 * Fleiss' κ over the units coded by every active coder (at least two): P̄ − P̄_e over 1 − P̄_e, with
 * P_i = Σ_j n_ij(n_ij − 1)/(n(n − 1)) and p_j the category's share of all ratings.
 */
export function fleissKappa(data: ReliabilityData): Coefficient {
  const active = data.coders
    .map((_, c) => c)
    .filter((c) => data.units.some((u) => u.values[c] !== null && u.values[c] !== undefined));
  if (active.length < 2) return undefinedAs('single_coder');
  const raters = active.length;
  const shares = new Map<string, number>();
  let agreement = 0;
  let units = 0;
  for (const unit of data.units) {
    const values = active.map((c) => unit.values[c]);
    if (values.some((v) => v === null || v === undefined)) continue;
    const counts = new Map<string, number>();
    for (const v of values)
      counts.set(valueKey(v as string | number), (counts.get(valueKey(v as string | number)) ?? 0) + 1);
    const w = unitWeight(unit);
    let pairs = 0;
    for (const [key, count] of counts) {
      pairs += count * (count - 1);
      shares.set(key, (shares.get(key) ?? 0) + count * w);
    }
    agreement += (pairs / (raters * (raters - 1))) * w;
    units += w;
  }
  if (units === 0) return undefinedAs('no_pairable_unit');
  let chance = 0;
  for (const count of shares.values()) chance += (count / (units * raters)) ** 2;
  if (chance === 1) return undefinedAs('single_value', units);
  return defined((agreement / units - chance) / (1 - chance), units);
}

/** The distinct values in order: numbers by value, labels alphabetically, numbers first. */
function orderedCategories(values: readonly (string | number)[]): (string | number)[] {
  const seen = new Map<string, string | number>();
  for (const v of values) seen.set(valueKey(v), v);
  return [...seen.values()].sort((a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
