import type { GeoProjection } from 'd3-geo';
import type { Overview } from '../../../src/overview/overview.schema.ts';
import type { PatternsById } from '../overview/OverviewPage.tsx';
import { type LabelCandidate, labelText } from './labels.ts';
import { CENTER_COLOR, classColor, NO_PATTERN_COLOR, PATTERN_COLORS } from './palette.ts';
import type { DrawnShape } from './use-shapes.ts';
import { type RegionIndicator, regionSymbols, symbolRadius } from './view.ts';

/** One drawn symbol: a centre or a child region, with where it leads. */
export interface MapSymbol extends LabelCandidate {
  href: string;
  name: string;
  color: string;
}

/** A centre with a position. */
type Located = Overview['centers'][number] & { latitude: number; longitude: number };

/** The centres as symbols: area by units, colour by network pattern when patterns are shown. */
export function centerSymbols(
  located: Located[],
  projection: GeoProjection,
  patterns: PatternsById,
  showPatterns: boolean,
): MapSymbol[] {
  const maxUnits = Math.max(1, ...located.map((c) => c.units));
  return located.map((c) => {
    const [x, y] = projection([c.longitude, c.latitude]) ?? [0, 0];
    const pattern = showPatterns ? patterns.get(c.id) : undefined;
    return {
      id: c.id,
      text: labelText(c.name),
      name: c.name,
      x,
      y,
      r: symbolRadius(c.units, maxUnits),
      priority: c.units,
      href: `/sentra/${c.id}`,
      color: !showPatterns ? CENTER_COLOR : pattern ? PATTERN_COLORS[pattern.code] : NO_PATTERN_COLOR,
    };
  });
}

/** Child regions without boundaries (districts) as graduated symbols at their centres' mean position. */
export function regionCircles(
  data: Overview,
  mode: RegionIndicator,
  projection: GeoProjection,
  breaks: number[],
  format: (v: number) => string,
): MapSymbol[] {
  const regions = regionSymbols(data, mode);
  const max = Math.max(0, ...regions.map((r) => r.value));
  return regions.map((r) => {
    const [x, y] = projection([r.longitude, r.latitude]) ?? [0, 0];
    return {
      id: r.code,
      text: `${labelText(r.name)}: ${format(r.value)}`,
      name: `${r.name}: ${format(r.value)}`,
      x,
      y,
      r: symbolRadius(r.value, max, 6, 20),
      priority: r.value,
      href: `/wilayah/${r.code}`,
      color: classColor(r.value, breaks),
    };
  });
}

/** Prefix of a region name label's id, so the map can style it apart from a centre's. */
export const AREA_LABEL = 'area:';

/**
 * Name labels of the drawn regions whose label point is in view, below every centre's label in priority
 * (a region with a larger figure first), so the centres keep their names where space runs out.
 */
export function areaLabels(
  shapes: DrawnShape[],
  width: number,
  height: number,
  values?: Map<string, number>,
) {
  return shapes.flatMap((s): LabelCandidate[] => {
    if (!s.label) return [];
    const [x, y] = s.label;
    if (x < 0 || y < 0 || x > width || y > height) return [];
    const value = values?.get(s.code);
    const priority = value === undefined ? -1e15 : value - 1e15;
    return [{ id: `${AREA_LABEL}${s.code}`, text: labelText(s.name), x, y, r: 0, priority, area: true }];
  });
}
