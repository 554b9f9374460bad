import { geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { baseCountries } from './basemap.ts';
import { type Bounds, INDONESIA } from './view.ts';

/**
 * A small map of all Indonesia in the main map's corner with the shown area outlined, so a zoomed-in view
 * (a regency, often all land) still says where it is.
 */
export function LocatorInset({
  view,
  box,
}: {
  view: Bounds;
  box: { x0: number; y0: number; x1: number; y1: number };
}) {
  const [W, H] = [box.x1 - box.x0, box.y1 - box.y0];
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
  }, [W, H]);
  const [a, b] = [projection([view[0], view[3]]), projection([view[2], view[1]])];
  if (!a || !b) return null;
  // At least 6 units wide, so a regency's frame is still seen.
  const [cx, cy] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [w, h] = [Math.max(b[0] - a[0], 6), Math.max(b[1] - a[1], 6)];
  return (
    <g className="map-inset" transform={`translate(${box.x0} ${box.y0})`} data-testid="map-inset">
      <rect width={W} height={H} className="map-inset-bg" />
      <path d={land} className="map-land home" />
      <rect x={cx - w / 2} y={cy - h / 2} width={w} height={h} className="map-inset-frame" />
    </g>
  );
}

/** Where the inset sits in a map `width` wide: the top right corner, at most 200 wide (30 % on a phone). */
export function insetBox(width: number) {
  const w = Math.min(200, Math.round(width * 0.3));
  const h = Math.round(w * 0.42);
  return { x0: width - w - 8, y0: 8, x1: width - 8, y1: 8 + h };
}
