/**
 * Krippendorff's α (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"; METHODS.md §8) for
 * nominal, ordinal, interval and ratio data, with missing values. α = 1 − D_o/D_e over the pairable values
 * (those in units with two or more): D_o = (1/n) Σ_u (1/(m_u − 1)) Σ_{i≠j in u} δ²(v_i, v_j) and
 * D_e = (1/(n(n − 1))) Σ_{c,k} n_c n_k δ²(c, k).
 *
 * Fast on many units: D_o is summed unit by unit (m_u² pairs each), and D_e from the value counts — for
 * interval data in closed form (Σ_{i,j}(x_i − x_j)² = 2n Σ(x − mean)²), for nominal from Σ n_c², for
 * ordinal and ratio over the distinct values. A unit of weight w counts as w identical units.
 */
import {
  type CodeValue,
  type Coefficient,
  defined,
  type MeasurementLevel,
  presentValues,
  type ReliabilityData,
  undefinedAs,
  unitWeight,
  valueKey,
} from './reliability-data.ts';

/** α of `data` at `level`; null with a reason when the data cannot define it. */
export function krippendorffAlpha(data: ReliabilityData, level: MeasurementLevel): Coefficient {
  const pairable: { values: (string | number)[]; w: number }[] = [];
  let units = 0;
  for (const unit of data.units) {
    const values = presentValues(unit.values);
    if (values.length < 2) continue;
    pairable.push({ values, w: unitWeight(unit) });
    units += unitWeight(unit);
  }
  if (pairable.length === 0) return undefinedAs('no_pairable_unit');
  if (level !== 'nominal' && pairable.some(({ values }) => values.some((v) => typeof v !== 'number'))) {
    return undefinedAs('not_numeric', units);
  }
  const counts = valueCounts(pairable);
  if (counts.size < 2) return undefinedAs('single_value', units);
  const n = pairable.reduce((sum, { values, w }) => sum + values.length * w, 0);
  const delta = distance(level, counts);
  let observed = 0;
  for (const { values: vs, w } of pairable) {
    let within = 0;
    for (let i = 0; i < vs.length; i++) {
      for (let j = i + 1; j < vs.length; j++) within += delta(vs[i] as CodeValue, vs[j] as CodeValue);
    }
    // Each unordered pair counted once; the formula sums ordered pairs (twice as many).
    observed += (w * 2 * within) / (vs.length - 1);
  }
  const expected = expectedSum(level, counts, n, delta);
  if (expected === 0) return undefinedAs('single_value', units);
  return defined(1 - ((n - 1) * observed) / expected, units);
}

/** How often each pairable value occurs (n_c), by value, units counted with their weights. */
function valueCounts(
  pairable: readonly { values: (string | number)[]; w: number }[],
): Map<string, { value: string | number; n: number }> {
  const counts = new Map<string, { value: string | number; n: number }>();
  for (const { values, w } of pairable) {
    for (const v of values) {
      const key = valueKey(v);
      const entry = counts.get(key);
      if (entry) entry.n += w;
      else counts.set(key, { value: v, n: w });
    }
  }
  return counts;
}

type Distance = (a: CodeValue, b: CodeValue) => number;

/** δ² at `level`; the ordinal distance depends on the marginal counts. */
function distance(
  level: MeasurementLevel,
  counts: Map<string, { value: string | number; n: number }>,
): Distance {
  switch (level) {
    case 'nominal':
      return (a, b) => (valueKey(a as string | number) === valueKey(b as string | number) ? 0 : 1);
    case 'interval':
      return (a, b) => ((a as number) - (b as number)) ** 2;
    case 'ratio':
      return (a, b) => {
        const sum = (a as number) + (b as number);
        return sum === 0 ? 0 : (((a as number) - (b as number)) / sum) ** 2;
      };
    case 'ordinal': {
      // δ(c,k) = Σ_{g from c to k} n_g − (n_c + n_k)/2, over the values in order.
      const sorted = [...counts.values()].sort((x, y) => (x.value as number) - (y.value as number));
      const cumulative = new Map<number, { before: number; n: number }>();
      let running = 0;
      for (const { value, n } of sorted) {
        cumulative.set(value as number, { before: running, n });
        running += n;
      }
      return (a, b) => {
        const x = cumulative.get(Math.min(a as number, b as number)) as { before: number; n: number };
        const y = cumulative.get(Math.max(a as number, b as number)) as { before: number; n: number };
        return (y.before + y.n - x.before - (x.n + y.n) / 2) ** 2;
      };
    }
  }
}

/** Σ_{c,k} n_c n_k δ²(c,k) over ordered pairs of values. */
function expectedSum(
  level: MeasurementLevel,
  counts: Map<string, { value: string | number; n: number }>,
  n: number,
  delta: Distance,
): number {
  const entries = [...counts.values()];
  if (level === 'nominal') {
    let same = 0;
    for (const { n: nc } of entries) same += nc * nc;
    return n * n - same;
  }
  if (level === 'interval') {
    // 2n Σ n_c (c − mean)², the same as 2nΣx² − 2(Σx)² without the cancellation.
    let sum = 0;
    for (const { value, n: nc } of entries) sum += (value as number) * nc;
    const mean = sum / n;
    let squares = 0;
    for (const { value, n: nc } of entries) squares += nc * ((value as number) - mean) ** 2;
    return 2 * n * squares;
  }
  let total = 0;
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i] as { value: number; n: number };
    for (let j = i + 1; j < entries.length; j++) {
      const b = entries[j] as { value: number; n: number };
      total += 2 * a.n * b.n * delta(a.value, b.value);
    }
  }
  return total;
}
