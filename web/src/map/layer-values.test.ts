import { describe, expect, it } from 'vitest';
import type { PatternCounts } from '../../../src/networks/compare/compare.schema.ts';
import type { Overview } from '../../../src/overview/overview.schema.ts';
import { isPatternMode, layerValues } from './layer-values.ts';

const none = { IK: 0, IM: 0, IB: 0, unknown: 0 };
const figures = { units: 0, workers: 0, productionValue: 0, sizeClasses: none };

const child = (code: string, units: number) => ({
  ...figures,
  centers: 1,
  units,
  code,
  name: code,
  level: 'province' as const,
});

const data: Overview = {
  region: null,
  path: [],
  totals: { ...figures, centers: 4 },
  children: [child('32', 120), child('33', 40), child('35', 7)],
  centers: [],
  centersListed: false,
};

const tally = (code: 'polarised' | 'hub_and_spoke', centers: number) => ({
  code,
  label: { id: code, en: code },
  centers,
});
// Jawa Barat: one polarised and one hub-and-spoke centre analysed; Jawa Tengah one polarised; Jawa Timur none.
const counts: PatternCounts = {
  analysed: 3,
  counts: [tally('polarised', 2), tally('hub_and_spoke', 1)],
  children: [
    { code: '32', analysed: 2, counts: [tally('hub_and_spoke', 1), tally('polarised', 1)] },
    { code: '33', analysed: 1, counts: [tally('polarised', 1)] },
  ],
};

describe('layerValues', () => {
  it('takes an overview figure for every child region', () => {
    expect(layerValues(data, 'units', counts)).toEqual(
      new Map([
        ['32', 120],
        ['33', 40],
        ['35', 7],
      ]),
    );
  });

  it('gives a pattern’s share of each region’s analysed centres, none where no centre is analysed', () => {
    const shares = layerValues(data, 'pattern:polarised', counts);
    expect(shares.get('32')).toBe(50);
    expect(shares.get('33')).toBe(100);
    expect(shares.has('35')).toBe(false);
    expect(layerValues(data, 'pattern:hub_and_spoke', counts).get('33')).toBe(0);
    expect(layerValues(data, 'pattern:polarised', null).size).toBe(0);
    expect(isPatternMode('pattern:polarised')).toBe(true);
    expect(isPatternMode('units')).toBe(false);
  });
});
