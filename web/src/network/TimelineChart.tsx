import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { tm } from './timeline-messages.ts';

/** One line of the chart: a value per year (null leaves a gap). */
export interface Series {
  key: string;
  label: string;
  values: (number | null)[];
  color: string;
  /** SVG dash pattern, so lines differ without colour too. */
  dash?: string;
  format(value: number | null): string;
}

interface Props {
  title: string;
  years: number[];
  series: Series[];
  /** The pattern label of each year, drawn as a band under the axis and named in each year's readout. */
  patterns?: { code: string; label: string }[];
  /** Top of the value axis; values are shares or indices from 0. */
  yMax: number;
  formatAxis(value: number): string;
  testId?: string;
}

// Sized for the analysis side panel (about 340 px), so 12-unit text stays readable when scaled.
const W = 360;
const H = 170;
const PAD = { left: 40, right: 10, top: 10, bottom: 20 };
/** More years than this and the buttons show two digits ('05), so every year keeps its own button. */
const FULL_YEAR_LABELS = 10;
const PATTERN_COLOURS: Record<string, string> = {
  cohesive_collaborative: '#2e7d32',
  hub_and_spoke: '#ef6c00',
  institution_centred: '#1565c0',
  polarised: '#c62828',
  fragmented: '#6d4c41',
  too_few_ties: '#9e9e9e',
};

/**
 * A yearly line chart in plain SVG (docs/design-choices.md, "Yearly chart"): under each year's column a
 * button (Tab, pointer or touch) shows that year's figures in the readout below the chart and as its
 * tooltip, so nothing is read from the lines alone; the caller puts a table beside it.
 */
export function TimelineChart({ title, years, series, patterns, yMax, formatAxis, testId }: Props) {
  const { t } = useI18n();
  const [active, setActive] = useState<number | null>(null);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = years.length > 1 ? plotW / (years.length - 1) : 0;
  const x = (i: number) => PAD.left + (years.length > 1 ? i * step : plotW / 2);
  const y = (v: number) => PAD.top + plotH - (Math.min(v, yMax) / (yMax || 1)) * plotH;
  const ticks = [0, yMax / 2, yMax];
  const columnW = years.length > 1 ? step : plotW;
  const readout = (i: number) =>
    [
      String(years[i]),
      ...series.map((s) => `${s.label}: ${s.format(s.values[i] ?? null)}`),
      ...(patterns?.[i] ? [`${t(tm.pattern)}: ${patterns[i].label}`] : []),
    ].join('; ');
  // Every year keeps its button; with many years only every `every`-th one (and the last) shows its year.
  const every = Math.ceil(years.length / 12);
  const visibleLabel = (i: number) => {
    if (i % every !== 0 && i !== years.length - 1) return '';
    const year = String(years[i]);
    return years.length > FULL_YEAR_LABELS ? `’${year.slice(-2)}` : year;
  };
  const path = (values: (number | null)[]) =>
    values
      .map((v, i) => (v === null ? null : `${i === 0 || values[i - 1] === null ? 'M' : 'L'}${x(i)},${y(v)}`))
      .filter((p) => p !== null)
      .join(' ');
  return (
    <figure className="timeline-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <ul className="timeline-legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="28" y2="5" stroke={s.color} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      {/* The drawing repeats what the year buttons and the readout say, so screen readers skip it. */}
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" aria-hidden="true" focusable="false">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="timeline-grid" />
            <text
              x={PAD.left - 6}
              y={y(v)}
              textAnchor="end"
              dominantBaseline="middle"
              className="timeline-tick"
            >
              {formatAxis(v)}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <path
            key={s.key}
            d={path(s.values)}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash}
          />
        ))}
        {years.map((year, i) => (
          <g key={year} className={`timeline-year${active === i ? ' active' : ''}`} data-year={year}>
            <title>{readout(i)}</title>
            <rect
              x={x(i) - columnW / 2}
              y={PAD.top}
              width={columnW}
              height={plotH}
              className="timeline-hit"
            />
            {series.map((s) =>
              s.values[i] === null || s.values[i] === undefined ? null : (
                <circle
                  key={s.key}
                  cx={x(i)}
                  cy={y(s.values[i] as number)}
                  r={active === i ? 4 : 2.5}
                  fill={s.color}
                />
              ),
            )}
            {patterns?.[i] && (
              <rect
                x={x(i) - Math.min(columnW, 40) / 2 + 2}
                y={H - PAD.bottom + 8}
                width={Math.min(columnW, 40) - 4}
                height={8}
                fill={PATTERN_COLOURS[patterns[i].code] ?? '#9e9e9e'}
                data-pattern={patterns[i].code}
              />
            )}
          </g>
        ))}
      </svg>
      {/* One button per year under its column: Tab or the pointer shows that year's figures in the readout. */}
      <div className="timeline-years" role="toolbar" aria-label={title}>
        {years.map((year, i) => (
          <button
            type="button"
            key={year}
            className="timeline-year-button"
            aria-pressed={active === i}
            title={readout(i)}
            data-year={year}
            // Centred under its column, as wide as the column (at most 60 units).
            style={{ left: `${(x(i) / W) * 100}%`, width: `${(Math.min(columnW, 60) / W) * 100}%` }}
            onFocus={() => setActive(i)}
            onMouseEnter={() => setActive(i)}
            onMouseLeave={() => setActive(null)}
            onClick={() => setActive(i)}
          >
            <span aria-hidden="true">{visibleLabel(i)}</span>
            <span className="sr-only">{readout(i)}</span>
          </button>
        ))}
      </div>
      {patterns && (
        <ul className="timeline-legend" aria-label={t(tm.patternBand)}>
          {[...new Map(patterns.map((p) => [p.code, p.label])).entries()].map(([code, label]) => (
            <li key={code}>
              <span className="timeline-swatch" style={{ background: PATTERN_COLOURS[code] ?? '#9e9e9e' }} />{' '}
              {label}
            </li>
          ))}
        </ul>
      )}
      <p className="timeline-readout small" aria-live="polite" data-testid={testId && `${testId}-readout`}>
        {active === null ? t(tm.pointHint) : readout(active)}
      </p>
    </figure>
  );
}
