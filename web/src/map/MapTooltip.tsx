import type { MapTip } from './Choropleth.tsx';

const CHAR_WIDTH = 6.8;
const LINE = 16;

/**
 * The hovered or focused region's name and figure in a box beside its label point, kept inside the map.
 * Hidden from assistive technology: the region's link already carries the same words.
 */
export function MapTooltip({ tip, width, height }: { tip: MapTip; width: number; height: number }) {
  const w = Math.max(...tip.lines.map((l) => l.length)) * CHAR_WIDTH + 16;
  const h = tip.lines.length * LINE + 10;
  const x = Math.min(Math.max(tip.x + 12, 4), width - w - 4);
  const y = Math.min(Math.max(tip.y - h - 8, 4), height - h - 4);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; the link names the region
    <g
      className="map-tooltip"
      transform={`translate(${x} ${y})`}
      aria-hidden="true"
      data-testid="map-tooltip"
    >
      <rect width={w} height={h} rx={4} />
      {tip.lines.map((line, i) => (
        <text key={line} x={8} y={LINE * (i + 1)} className={i === 0 ? 'strong' : undefined}>
          {line}
        </text>
      ))}
    </g>
  );
}
