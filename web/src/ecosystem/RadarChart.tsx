import { radarGeometry } from '../../../src/ecosystem/ecosystem-radar.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { em } from './messages.ts';

/** One centre's line on the radar. */
export interface RadarLine {
  name: string;
  scores: (number | null)[];
}

/** The ecosystem radar drawn as SVG from the shared geometry (the PDF report draws the same), with its legend. */
export function RadarChart({ labels, lines }: { labels: string[]; lines: RadarLine[] }) {
  const { t } = useI18n();
  const g = radarGeometry(labels, lines, 420);
  const pts = (p: { x: number; y: number }[]) => p.map((q) => `${q.x},${q.y}`).join(' ');
  return (
    <figure className="ecosystem-radar" data-testid="ecosystem-radar">
      <svg
        viewBox={`${-g.pad} 0 ${g.size + 2 * g.pad} ${g.size}`}
        width={g.size + 2 * g.pad}
        height={g.size}
        role="img"
        aria-label={t(em.radar)}
      >
        {g.rings.map((r) => (
          <polygon key={r.score} points={pts(r.points)} fill="none" stroke="#ccc" />
        ))}
        {g.axes.map((a) => (
          <g key={a.label}>
            <line x1={g.center} y1={g.center} x2={a.x} y2={a.y} stroke="#bbb" />
            <text x={a.labelX} y={a.labelY} fontSize="11" textAnchor={a.anchor}>
              {a.label}
            </text>
          </g>
        ))}
        {g.series.map((s) => (
          <polygon
            key={s.name}
            data-testid="radar-series"
            points={pts(s.points)}
            fill={s.color}
            fillOpacity={0.12}
            stroke={s.color}
            strokeWidth={2}
          >
            <title>{s.name}</title>
          </polygon>
        ))}
      </svg>
      <figcaption>
        <span className="sr-only">{t(em.legend)}</span>
        <ul className="radar-legend" data-testid="radar-legend">
          {g.series.map((s) => (
            <li key={s.name}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" /> {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
