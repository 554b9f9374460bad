import { describe, expect, it } from 'vitest';
import { agreementReport } from './agreement-report.ts';
import { cohenKappa, fleissKappa, percentAgreement, scottPi } from './kappa.ts';
import { krippendorffAlpha } from './krippendorff.ts';
import { randomTable } from './random-tables.ts';
import type { CodeValue, ReliabilityData } from './reliability-data.ts';

/** A table from rows of coders' values (one array per coder, as the papers print them). */
function byCoder(coders: Record<string, CodeValue[]>): ReliabilityData {
  const names = Object.keys(coders);
  const length = (coders[names[0] as string] as CodeValue[]).length;
  return {
    coders: names,
    units: Array.from({ length }, (_, u) => ({
      id: String(u + 1),
      values: names.map((c) => (coders[c] as CodeValue[])[u] ?? null),
    })),
  };
}

const _ = null;

/** Krippendorff (2011), section C: four observers, twelve units, missing values. */
const KRIPPENDORFF_C = byCoder({
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  C: [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
});

describe("Krippendorff's α against the published worked examples", () => {
  it('gives 0.095 for the binary two-observer example (2011, section A)', () => {
    const data = byCoder({
      A: [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      B: [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    });
    expect(krippendorffAlpha(data, 'nominal').value).toBeCloseTo(0.095, 3);
  });

  it('gives 0.743 nominal, 0.815 ordinal, 0.849 interval and 0.797 ratio for section C', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_C, 'nominal').value).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_C, 'ordinal').value).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_C, 'interval').value).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_C, 'ratio').value).toBeCloseTo(0.797, 3);
    // Unit 12 has one value: it cannot be paired, so eleven units count.
    expect(krippendorffAlpha(KRIPPENDORFF_C, 'nominal').units).toBe(11);
  });

  it('is undefined, with the reason, for one value, one coder or no pairable unit — never NaN', () => {
    const same = byCoder({ A: [2, 2, 2], B: [2, 2, 2] });
    expect(krippendorffAlpha(same, 'interval')).toEqual({ value: null, reason: 'single_value', units: 3 });
    const alone = byCoder({ A: [1, 2, 3] });
    expect(krippendorffAlpha(alone, 'nominal')).toEqual({
      value: null,
      reason: 'no_pairable_unit',
      units: 0,
    });
    const words = byCoder({ A: ['ya', 'tidak'], B: ['ya', 'ya'] });
    expect(krippendorffAlpha(words, 'interval').reason).toBe('not_numeric');
    expect(krippendorffAlpha(words, 'nominal').value).not.toBeNaN();
  });

  it('is 1 for perfect agreement and does not depend on the order of units or coders', () => {
    const perfect = byCoder({ A: [1, 2, 3, 4], B: [1, 2, 3, 4], C: [1, 2, _, 4] });
    expect(krippendorffAlpha(perfect, 'ordinal').value).toBeCloseTo(1, 12);
    const reversed: ReliabilityData = {
      coders: [...KRIPPENDORFF_C.coders].reverse(),
      units: [...KRIPPENDORFF_C.units].reverse().map((u) => ({ id: u.id, values: [...u.values].reverse() })),
    };
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(reversed, level).value).toBeCloseTo(
        krippendorffAlpha(KRIPPENDORFF_C, level).value as number,
        12,
      );
    }
  });
});

describe("Cohen's κ, weighted κ and Scott's π", () => {
  // The textbook 2 × 2 table (Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15): P_o = 0.7, P_e = 0.5, κ = 0.4.
  const table = (cells: [string, string, number][]): ReliabilityData => ({
    coders: ['A', 'B'],
    units: cells.flatMap(([a, b, count]) =>
      Array.from({ length: count }, (_, i) => ({ id: `${a}${b}${i}`, values: [a, b] })),
    ),
  });
  const yesNo = table([
    ['ya', 'ya', 20],
    ['ya', 'tidak', 5],
    ['tidak', 'ya', 10],
    ['tidak', 'tidak', 15],
  ]);

  it('gives κ = 0.4 and percent agreement 0.7 on the 2 × 2 example', () => {
    expect(cohenKappa(yesNo).value).toBeCloseTo(0.4, 12);
    expect(percentAgreement(yesNo).value).toBeCloseTo(0.7, 12);
    // π pools the marginals: ya 55/100, tidak 45/100 → P_e = 0.505, π = (0.7 − 0.505)/0.495.
    expect(scottPi(yesNo).value).toBeCloseTo((0.7 - 0.505) / 0.495, 12);
  });

  it('weights disagreements by distance (hand-computed 3 × 3 example)', () => {
    // Coder A: 1,1,2,2,3,3; coder B: 1,2,2,3,3,1. Marginals A = B = (2,2,2)/6.
    const data = byCoder({ A: [1, 1, 2, 2, 3, 3], B: [1, 2, 2, 3, 3, 1] });
    // Linear: observed Σ|i−j|/n = (0+1+0+1+0+2)/6 = 4/6; chance Σ|i−j|·(1/9) = 8/9 → κ = 1 − (4/6)/(8/9) = 0.25.
    expect(cohenKappa(data, 'linear').value).toBeCloseTo(0.25, 12);
    // Quadratic: observed (0+1+0+1+0+4)/6 = 1; chance Σ(i−j)²/9 = 12/9 → κ = 1 − 1/(12/9) = 0.25.
    expect(cohenKappa(data, 'quadratic').value).toBeCloseTo(0.25, 12);
    // Unweighted: P_o = 3/6, P_e = 1/3 → κ = 0.25.
    expect(cohenKappa(data).value).toBeCloseTo(0.25, 12);
  });

  it('needs exactly two coders and is undefined for one category', () => {
    expect(cohenKappa(KRIPPENDORFF_C).reason).toBe('needs_two_coders');
    expect(cohenKappa(byCoder({ A: ['x', 'x'], B: ['x', 'x'] })).reason).toBe('single_value');
    expect(cohenKappa(byCoder({ A: ['x', 'y'], B: ['x', 'y'] }), 'linear').reason).toBe('not_numeric');
  });
});

describe("Fleiss' κ", () => {
  // The worked example on Wikipedia's "Fleiss' kappa" page: 10 subjects, 14 raters, 5 categories, κ = 0.210.
  const counts = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];
  const data: ReliabilityData = {
    coders: Array.from({ length: 14 }, (_, i) => `r${i + 1}`),
    units: counts.map((row, u) => ({
      id: String(u + 1),
      values: row.flatMap((n, category) => Array.from({ length: n }, () => `k${category + 1}`)),
    })),
  };

  it('gives 0.210 on the 10 × 14 example', () => {
    expect(fleissKappa(data).value).toBeCloseTo(0.21, 3);
  });

  it("equals Scott's π with two raters (not Cohen's κ)", () => {
    // Different marginals: Cohen's chance agreement is 23/49, the pooled one 25/49.
    const two = byCoder({ A: [1, 1, 1, 1, 2, 2, 2], B: [1, 1, 2, 2, 2, 2, 2] });
    expect(fleissKappa(two).value).toBeCloseTo(scottPi(two).value as number, 12);
    expect(fleissKappa(two).value).not.toBeCloseTo(cohenKappa(two).value as number, 6);
  });

  it('uses only the units every coder coded', () => {
    // Units 2 to 9 have all four values.
    expect(fleissKappa(KRIPPENDORFF_C).units).toBe(8);
  });
});

describe('the report', () => {
  it('lists what applies: Fleiss for nominal, weighted κ for two coders on ordered data', () => {
    const nominal = agreementReport(KRIPPENDORFF_C, 'nominal');
    expect(nominal).toMatchObject({ coders: 4, units: 12, pairableUnits: 11 });
    expect(nominal.fleissKappa?.value).not.toBeNull();
    expect(nominal.cohenKappa).toBeUndefined();
    const two = agreementReport(byCoder({ A: [1, 2, 3, 4], B: [1, 2, 4, 4] }), 'ordinal');
    expect(Object.keys(two)).toEqual(
      expect.arrayContaining(['cohenKappa', 'cohenKappaLinear', 'cohenKappaQuadratic', 'scottPi']),
    );
    expect(two.fleissKappa).toBeUndefined();
    expect(JSON.stringify(agreementReport(byCoder({ A: [1, 1], B: [1, 1] }), 'interval'))).not.toContain(
      'NaN',
    );
  });
});

describe('weighted units', () => {
  it('count a unit of weight w as w copies of it, at every level and coder count', () => {
    for (const [seed, coders, level] of [
      [1, 2, 'nominal'],
      [2, 3, 'nominal'],
      [3, 2, 'ordinal'],
      [4, 4, 'interval'],
      [5, 2, 'ratio'],
    ] as const) {
      const table = randomTable(seed, { units: 60, coders, level, categories: 4, missing: 0.15 });
      const weighted = { ...table, units: table.units.map((u, i) => ({ ...u, weight: 1 + (i % 4) })) };
      const repeated = {
        ...table,
        units: table.units.flatMap((u, i) => Array.from({ length: 1 + (i % 4) }, () => u)),
      };
      const a = agreementReport(weighted, level);
      const b = agreementReport(repeated, level);
      expect(a.units).toBe(b.units);
      expect(a.pairableUnits).toBe(b.pairableUnits);
      for (const key of [
        'percentAgreement',
        'krippendorffAlpha',
        'cohenKappa',
        'cohenKappaLinear',
        'cohenKappaQuadratic',
        'scottPi',
        'fleissKappa',
      ] as const) {
        expect(a[key]?.units, `${level} ${key}`).toBe(b[key]?.units);
        expect(a[key]?.reason, `${level} ${key}`).toBe(b[key]?.reason);
        expect(a[key]?.value ?? 0, `${level} ${key}`).toBeCloseTo(b[key]?.value ?? 0, 12);
      }
    }
  });
});
