import './ui.css';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** One bar. */
export interface Bar {
  label: string;
  value: number | null;
  /** A CSS colour; the accent colour when absent. */
  color?: string;
}

export interface SvgBarChartProps {
  title: string;
  bars: Bar[];
  /** How a value is written (bar ends and the text alternative); plain numbers by default. */
  format?(value: number): string;
  /** Width in the SVG's own units; it scales to its container. */
  width?: number;
  /** Compact variant for small multiples: no title heading, thinner bars. */
  compact?: boolean;
}

const LABEL_WIDTH = 0.38;

/**
 * A horizontal bar chart in plain SVG, scaled to its container. Screen readers get the title and every
 * value as the image's label, so the chart needs no separate table.
 */
export function SvgBarChart({ title, bars, format, width = 480, compact = false }: SvgBarChartProps) {
  const { lang } = useI18n();
  const write = format ?? ((v: number) => formatNumber(lang, v, 2));
  const barHeight = compact ? 16 : 22;
  const gap = compact ? 5 : 8;
  const height = Math.max(1, bars.length) * (barHeight + gap) + gap;
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const labelWidth = width * LABEL_WIDTH;
  // As many characters as fit left of the bars (about 0.58 em each), so a long label is cut, not clipped.
  const maxChars = Math.floor((labelWidth - 6) / ((compact ? 12 : 13) * 0.58));
  const valueSpace = compact ? 70 : 90;
  const plot = width - labelWidth - valueSpace;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value === null ? '–' : write(b.value)}`).join('; ')}`;
  return (
    <figure className={`bar-chart${compact ? ' compact' : ''}`}>
      {!compact && <figcaption>{title}</figcaption>}
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} width="100%">
        {bars.map((bar, i) => {
          const y = gap + i * (barHeight + gap);
          const w = max > 0 && bar.value ? (bar.value / max) * plot : 0;
          return (
            <g key={bar.label}>
              <text x={labelWidth - 6} y={y + barHeight / 2} textAnchor="end" dominantBaseline="middle">
                {bar.label.length > maxChars ? `${bar.label.slice(0, maxChars - 1)}…` : bar.label}
              </text>
              <rect
                x={labelWidth}
                y={y}
                width={Math.max(w, bar.value ? 1 : 0)}
                height={barHeight}
                rx={2}
                fill={bar.color ?? 'var(--accent)'}
              />
              <text
                x={labelWidth + w + 4}
                y={y + barHeight / 2}
                dominantBaseline="middle"
                className="bar-value"
              >
                {bar.value === null ? '–' : write(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
