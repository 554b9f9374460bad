import type { Overview } from '../../../src/overview/overview.schema.ts';

/** West, south, east, north in degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** The whole country, from Sabang to Merauke and from Miangas to Rote. */
export const INDONESIA: Bounds = [94.8, -11.2, 141.2, 6.2];

/**
 * Smallest span shown around the centres, in degrees: nationally about Java's length (≈ 1,500 km, so
 * centres all on Java show Java rather than specks on the archipelago), a province ≈ 250 km, a regency
 * ≈ 55 km.
 */
const MIN_SPAN = { country: 14, province: 2.2, regency: 0.5 } as const;

/** A point with a position. */
interface Located {
  latitude: number;
  longitude: number;
}

/**
 * What the map shows: the centres with a margin, at least Java's, a province's or a regency's width (by
 * the level viewed), so a single centre still sits in its surroundings; never more than all Indonesia.
 */
export function viewBounds(level: 'country' | 'province' | 'regency', points: Located[]): Bounds {
  if (points.length === 0) return INDONESIA;
  const min = MIN_SPAN[level];
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const halfX = Math.max((e - w) * 0.6, min / 2);
  const halfY = Math.max((n - s) * 0.6, min / 3);
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  return [
    Math.max(cx - halfX, INDONESIA[0]),
    Math.max(cy - halfY, INDONESIA[1]),
    Math.min(cx + halfX, INDONESIA[2]),
    Math.min(cy + halfY, INDONESIA[3]),
  ];
}

/** The figures a region layer can show. */
export const REGION_INDICATORS = ['centers', 'units', 'workers', 'productionValue'] as const;
export type RegionIndicator = (typeof REGION_INDICATORS)[number];

/** One child region as a symbol: its figure and the mean position of its located centres. */
export interface RegionSymbol extends Located {
  code: string;
  name: string;
  value: number;
}

/**
 * The child regions (provinces nationally, regencies/cities in a province, …) with their figure, each
 * placed at the mean position of its centres that have coordinates; regions without a located centre or
 * with a zero figure are left out (the table below the map lists every region).
 */
export function regionSymbols(data: Overview, indicator: RegionIndicator): RegionSymbol[] {
  return data.children.flatMap((child) => {
    const inside = data.centers.filter(
      (c) =>
        c.regionCode !== null &&
        (c.regionCode === child.code || c.regionCode.startsWith(`${child.code}.`)) &&
        c.latitude !== null &&
        c.longitude !== null,
    );
    const value = child[indicator];
    if (inside.length === 0 || value <= 0) return [];
    const mean = (f: (c: (typeof inside)[number]) => number) =>
      inside.reduce((sum, c) => sum + f(c), 0) / inside.length;
    return [
      {
        code: child.code,
        name: child.name,
        value,
        latitude: mean((c) => c.latitude!),
        longitude: mean((c) => c.longitude!),
      },
    ];
  });
}

/** A symbol's radius in SVG units: its area grows with the value against the largest one shown. */
export function symbolRadius(value: number, max: number, smallest = 4, largest = 14): number {
  if (max <= 0) return smallest;
  return smallest + (largest - smallest) * Math.sqrt(Math.max(0, value) / max);
}
