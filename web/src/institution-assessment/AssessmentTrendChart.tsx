import { TIER_LABELS } from '../../../src/institution-assessment/assessment.constants.ts';
import { TIER_RULES } from '../../../src/institution-assessment/tier-rules.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { iam } from './messages.ts';

/** One stored assessment as the chart needs it. */
export interface TrendPoint {
  id: string;
  assessedOn: string;
  total: number;
  tierLabel: string;
}

const W = 560;
const H = 220;
const PAD = { left: 36, right: 132, top: 12, bottom: 28 };
/** The score bands of the tiers' total thresholds, lowest first, in the badges' colours. */
const BAND_FILL: Record<string, string> = {
  none: '#f4f4f4',
  perunggu: '#f3e1cf',
  perak: '#e9edf1',
  emas: '#fbefc4',
};

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * The total score over time as a line in plain SVG, over the tiers' score bands (0–40 not yet tiered,
 * 40–60 Perunggu, 60–75 Perak, 75–100 Emas, from `TIER_RULES`). Dates are spaced by time, not by rank.
 * A band is the total's threshold only (a tier also asks active members and an area floor), which the
 * caption says; the table under the chart keeps every figure for screen readers and keyboard users.
 */
export function AssessmentTrendChart({ points }: { points: readonly TrendPoint[] }) {
  const { t, lang } = useI18n();
  const ordered = [...points].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const first = dayOf(ordered[0]?.assessedOn ?? '2000-01-01');
  const last = dayOf(ordered.at(-1)?.assessedOn ?? '2000-01-01');
  const span = last - first;
  const x = (iso: string) => PAD.left + (span > 0 ? ((dayOf(iso) - first) / span) * plotW : plotW / 2);
  const y = (score: number) => PAD.top + plotH - (Math.min(100, Math.max(0, score)) / 100) * plotH;
  const bands = [
    { tier: 'none' as const, from: 0, to: TIER_RULES[0]?.minTotal ?? 100 },
    ...TIER_RULES.map((rule, i) => ({
      tier: rule.tier,
      from: rule.minTotal,
      to: TIER_RULES[i + 1]?.minTotal ?? 100,
    })),
  ];
  const summary = t(iam.chartSummary, {
    points: ordered
      .map((p) => `${formatDate(lang, p.assessedOn)} ${formatNumber(lang, p.total, 1)} (${p.tierLabel})`)
      .join('; '),
  });
  const path = ordered.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.assessedOn)},${y(p.total)}`).join(' ');
  return (
    <figure className="assessment-trend-chart" data-testid="assessment-trend-chart">
      <figcaption>{t(iam.chartTitle)}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={summary}>
        {bands.map((band) => (
          <g key={band.tier} data-band={band.tier}>
            <rect
              x={PAD.left}
              y={y(band.to)}
              width={plotW}
              height={y(band.from) - y(band.to)}
              fill={BAND_FILL[band.tier]}
            />
            <text x={PAD.left + plotW + 6} y={(y(band.from) + y(band.to)) / 2} dominantBaseline="middle">
              {t(TIER_LABELS[band.tier])}
            </text>
          </g>
        ))}
        {[0, 40, 60, 75, 100].map((tick) => (
          <text key={tick} x={PAD.left - 4} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {tick}
          </text>
        ))}
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotH} stroke="#666" />
        <line x1={PAD.left} x2={PAD.left + plotW} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#666" />
        {ordered.length > 1 && <path d={path} fill="none" stroke="var(--accent)" strokeWidth={2.5} />}
        {ordered.map((p) => (
          <circle
            key={p.id}
            data-testid="assessment-trend-point"
            cx={x(p.assessedOn)}
            cy={y(p.total)}
            r={5}
            fill="var(--accent)"
            stroke="#fff"
            strokeWidth={1.5}
          >
            <title>{`${formatDate(lang, p.assessedOn)}: ${formatNumber(lang, p.total, 1)} (${p.tierLabel})`}</title>
          </circle>
        ))}
        {ordered.length > 0 && (
          <>
            <text x={x(ordered[0]?.assessedOn ?? '')} y={H - 8} textAnchor={span > 0 ? 'start' : 'middle'}>
              {formatDate(lang, ordered[0]?.assessedOn ?? '')}
            </text>
            {span > 0 && (
              <text x={x(ordered.at(-1)?.assessedOn ?? '')} y={H - 8} textAnchor="end">
                {formatDate(lang, ordered.at(-1)?.assessedOn ?? '')}
              </text>
            )}
          </>
        )}
      </svg>
      <p className="muted small">{t(iam.chartNote)}</p>
    </figure>
  );
}
