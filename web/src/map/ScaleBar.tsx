import { type GeoProjection, geoDistance } from 'd3-geo';

const EARTH_KM = 6371;

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ km) about 100 units long, at the map's lower left. */
export function ScaleBar({ projection, height }: { projection: GeoProjection; height: number }) {
  const y = height - 14;
  const a = projection.invert?.([12, y]);
  const b = projection.invert?.([112, y]);
  if (!a || !b) return null;
  const kmPer100 = geoDistance(a, b) * EARTH_KM;
  const magnitude = 10 ** Math.floor(Math.log10(kmPer100));
  const km = [5, 2, 1].map((f) => f * magnitude).find((v) => v <= kmPer100) ?? magnitude;
  const length = (km / kmPer100) * 100;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; the bar is decoration
    <g className="map-scale" aria-hidden="true">
      <line x1={12} x2={12 + length} y1={y} y2={y} />
      <line x1={12} x2={12} y1={y - 4} y2={y + 1} />
      <line x1={12 + length} x2={12 + length} y1={y - 4} y2={y + 1} />
      <text x={12 + length + 5} y={y + 4}>{`${km} km`}</text>
    </g>
  );
}
