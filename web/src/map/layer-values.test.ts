import { describe, expect, it } from 'vitest';
import type { Overview, OverviewCenter } from '../../../src/overview/overview.schema.ts';
import type { PatternsById } from '../overview/OverviewPage.tsx';
import { isPatternMode, layerValues } from './layer-values.ts';

const none = { IK: 0, IM: 0, IB: 0, unknown: 0 };
const figures = { units: 0, workers: 0, productionValue: 0, sizeClasses: none };

const center = (n: number, regionCode: string): OverviewCenter => ({
  ...figures,
  id: `00000000-0000-4000-8000-00000000000${n}`,
  name: `c${n}`,
  mainProduct: '',
  status: 'recorded',
  latitude: null,
  longitude: null,
  regionCode,
  year: null,
});

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
  centers: [center(1, '32.73.01.1001'), center(2, '32.09'), center(3, '33.72.1'), center(4, '35.01')],
};

const pattern = (code: 'polarised' | 'hub_and_spoke') => ({
  code,
  label: { id: code, en: code },
  explanation: { id: '', en: '' },
});
const patterns: PatternsById = new Map([
  [data.centers[0]!.id, pattern('polarised')],
  [data.centers[1]!.id, pattern('hub_and_spoke')],
  [data.centers[2]!.id, pattern('polarised')],
]);

describe('layerValues', () => {
  it('takes an overview figure for every child region', () => {
    expect(layerValues(data, 'units', patterns)).toEqual(
      new Map([
        ['32', 120],
        ['33', 40],
        ['35', 7],
      ]),
    );
  });

  it('gives a pattern’s share of each region’s analysed centres, none where no centre is analysed', () => {
    const shares = layerValues(data, 'pattern:polarised', patterns);
    expect(shares.get('32')).toBe(50);
    expect(shares.get('33')).toBe(100);
    expect(shares.has('35')).toBe(false);
    expect(isPatternMode('pattern:polarised')).toBe(true);
    expect(isPatternMode('units')).toBe(false);
  });
});
