import { geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { baseCountries } from './basemap.ts';
import { type Bounds, INDONESIA } from './view.ts';

const W = 200;
const H = 84;

/**
 * A small map of all Indonesia in the main map's corner with the shown area outlined, so a zoomed-in view
 * (a regency, often all land) still says where it is.
 */
export function LocatorInset({ view, x, y }: { view: Bounds; x: number; y: number }) {
  const { projection, land } = useMemo(() => {
    const [w, s, e, n] = INDONESIA;
    const frame = {
      type: 'MultiPoint' as const,
      coordinates: [
        [w, s],
        [e, n],
      ],
    };
    const projection = geoMercator().fitExtent(
      [
        [4, 4],
        [W - 4, H - 4],
      ],
      frame,
    );
    const path = geoPath(projection);
    const home = baseCountries().find((c) => c.id === '360');
    return { projection, land: home ? (path(home) ?? '') : '' };
  }, []);
  const [a, b] = [projection([view[0], view[3]]), projection([view[2], view[1]])];
  if (!a || !b) return null;
  // At least 6 units wide, so a regency's frame is still seen.
  const [cx, cy] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [w, h] = [Math.max(b[0] - a[0], 6), Math.max(b[1] - a[1], 6)];
  return (
    <g className="map-inset" transform={`translate(${x} ${y})`} data-testid="map-inset">
      <rect width={W} height={H} className="map-inset-bg" />
      <path d={land} className="map-land home" />
      <rect x={cx - w / 2} y={cy - h / 2} width={w} height={h} className="map-inset-frame" />
    </g>
  );
}

/** Size of the inset, for placing it. */
export const INSET_SIZE = { width: W, height: H };
