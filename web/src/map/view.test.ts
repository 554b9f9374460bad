import { describe, expect, it } from 'vitest';
import type { Overview, OverviewCenter } from '../../../src/overview/overview.schema.ts';
import { INDONESIA, regionSymbols, symbolRadius, viewBounds } from './view.ts';

const none = { IK: 0, IM: 0, IB: 0, unknown: 0 };
const figures = { units: 0, workers: 0, productionValue: 0, sizeClasses: none };

function center(
  id: string,
  regionCode: string,
  longitude: number | null,
  latitude: number | null,
): OverviewCenter {
  return {
    ...figures,
    id: `00000000-0000-4000-8000-00000000000${id}`,
    name: id,
    mainProduct: '',
    status: 'recorded',
    latitude,
    longitude,
    regionCode,
    year: null,
  };
}

describe('viewBounds', () => {
  const java = [
    { longitude: 107.4, latitude: -6.6 },
    { longitude: 110.8, latitude: -7.6 },
  ];

  it('shows centres all on Java as Java, not the whole archipelago', () => {
    const [w, s, e, n] = viewBounds('country', java);
    expect(e - w).toBeCloseTo(14);
    expect(w).toBeGreaterThan(INDONESIA[0]);
    expect(e).toBeLessThan(INDONESIA[2]);
    expect(s).toBe(INDONESIA[1]); // clamped at Rote
    expect(n).toBeLessThan(0);
  });

  it('never reaches beyond Indonesia, and shows it all without centres', () => {
    const spread = [...java, { longitude: 95.3, latitude: 5.5 }, { longitude: 140.7, latitude: -8.5 }];
    const [w, s, e, n] = viewBounds('country', spread);
    expect([w, e, n]).toEqual([INDONESIA[0], INDONESIA[2], INDONESIA[3]]);
    expect(s).toBeCloseTo(-9.9);
    expect(viewBounds('regency', [])).toEqual(INDONESIA);
  });

  it('keeps a lone centre in about a regency’s width of surroundings', () => {
    const [w, s, e, n] = viewBounds('regency', [{ longitude: 107.593, latitude: -6.948 }]);
    expect(e - w).toBeCloseTo(0.5);
    expect((w + e) / 2).toBeCloseTo(107.593);
    expect((s + n) / 2).toBeCloseTo(-6.948);
  });
});

describe('regionSymbols', () => {
  const data: Overview = {
    region: null,
    path: [],
    totals: { ...figures, centers: 3 },
    children: [
      { ...figures, code: '32', name: 'Jawa Barat', level: 'province', centers: 2, units: 40 },
      { ...figures, code: '33', name: 'Jawa Tengah', level: 'province', centers: 1, units: 0 },
      { ...figures, code: '35', name: 'Jawa Timur', level: 'province', centers: 1, units: 7 },
    ],
    centersListed: true,
    centers: [
      center('1', '32.73.17.1003', 107.6, -6.9),
      center('2', '32.09', 108.6, -6.7),
      center('3', '33.72.01', 110.8, -7.6),
      center('4', '35.07', null, null),
    ],
  };

  it('places each child region at its centres’ mean position with its figure', () => {
    const [west] = regionSymbols(data, 'units');
    expect(regionSymbols(data, 'units')).toHaveLength(1);
    expect(west).toMatchObject({ code: '32', name: 'Jawa Barat', value: 40 });
    expect(west?.longitude).toBeCloseTo(108.1);
    expect(west?.latitude).toBeCloseTo(-6.8);
    expect(regionSymbols(data, 'centers').map((r) => [r.code, r.value])).toEqual([
      ['32', 2],
      ['33', 1],
    ]);
  });

  it('does not take a centre of 32.7 for one of 32.73', () => {
    const tricky: Overview = { ...data, children: [{ ...data.children[0]!, code: '32.7' }] };
    expect(regionSymbols(tricky, 'centers')).toEqual([]);
  });
});

describe('symbolRadius', () => {
  it('grows the area, not the radius, with the value', () => {
    expect(symbolRadius(0, 100)).toBe(4);
    expect(symbolRadius(100, 100)).toBe(14);
    expect(symbolRadius(25, 100)).toBe(9);
  });
});
