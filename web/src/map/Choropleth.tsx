import { useI18n } from '../i18n/i18n.tsx';
import { mm } from './messages.ts';
import { classColor } from './palette.ts';
import type { DrawnShape } from './use-shapes.ts';

/** What the tooltip shows: where (SVG units) and the lines of text. */
export interface MapTip {
  x: number;
  y: number;
  lines: string[];
}

/** Props of the choropleth: the child regions' shapes, their figures and how to show them. */
export interface ChoroplethProps {
  shapes: DrawnShape[];
  values: Map<string, number>;
  breaks: number[];
  format: (value: number) => string;
  indicator: string;
  onOpen: (href: string) => void;
  onTip: (tip: MapTip | null) => void;
}

/** Id of the hatch that marks a region without data (defined once in the map's SVG). */
export const NO_DATA_FILL = 'url(#map-no-data)';

/**
 * The child regions filled by the class of their figure: each a link to the region's overview with its name
 * and figure as its accessible name, so the map is reachable by keyboard; hover or focus shows a tooltip.
 * A region without a registered centre has no figure and is hatched ("tidak ada data").
 */
export function Choropleth({ shapes, values, breaks, format, indicator, onOpen, onTip }: ChoroplethProps) {
  const { t } = useI18n();
  return (
    <g className="map-choropleth">
      {shapes.map((s) => {
        const value = values.get(s.code);
        const figure = value === undefined ? t(mm.noData) : format(value);
        const href = `/wilayah/${s.code}`;
        const tip = () =>
          onTip({ x: s.label?.[0] ?? 0, y: s.label?.[1] ?? 0, lines: [s.name, `${indicator}: ${figure}`] });
        return (
          <a
            key={s.code}
            href={href}
            aria-label={`${s.name}: ${figure}`}
            className="map-area"
            onClick={(e) => {
              e.preventDefault();
              onOpen(href);
            }}
            onPointerEnter={tip}
            onPointerLeave={() => onTip(null)}
            onFocus={tip}
            onBlur={() => onTip(null)}
          >
            <path
              d={s.d}
              fill={value === undefined ? NO_DATA_FILL : classColor(value, breaks)}
              data-code={s.code}
              data-value={value ?? ''}
              className={value === undefined ? 'map-area-shape no-data' : 'map-area-shape'}
            />
          </a>
        );
      })}
    </g>
  );
}
