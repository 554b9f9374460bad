import type { DrawnShape } from './use-shapes.ts';

/**
 * Province and regency/city boundaries as lines over the land (regencies thin and grey, the regency viewed
 * and the provinces darker), drawn without fill so the land or the choropleth below shows through.
 * Decoration for assistive technology: the regions' names are on their links and in the table below.
 */
export function BoundaryLines({
  provinces,
  regencies,
  focus,
}: {
  provinces: DrawnShape[];
  regencies: DrawnShape[];
  /** The regency viewed (or holding the district viewed): outlined darker, drawn last. */
  focus?: string | undefined;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; the lines are decoration
    <g aria-hidden="true" className="map-boundaries">
      {regencies.map((s) => (
        <path key={s.code} d={s.d} className="map-boundary regency" data-code={s.code} />
      ))}
      {regencies
        .filter((s) => s.code === focus)
        .map((s) => (
          <path key="focus" d={s.d} className="map-boundary focus" data-testid="map-focus" />
        ))}
      {provinces.map((s) => (
        <path key={s.code} d={s.d} className="map-boundary province" data-code={s.code} />
      ))}
    </g>
  );
}

/** The hatch that marks a region without data, for the map and the legend (`id` unique per SVG). */
export function NoDataPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f2f2f2" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}
