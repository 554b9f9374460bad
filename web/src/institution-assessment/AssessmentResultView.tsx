import type { AssessmentResult } from '../../../src/institution-assessment/assessment.schema.ts';
import { formatMeasure } from '../../../src/shared/measure-format.ts';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SvgBarChart } from '../ui/SvgBarChart.tsx';
import { iam } from './messages.ts';

/** A value as its indicator's format writes it: a share in per cent, an index with decimals. */
export function useIndicatorValue() {
  const { lang } = useI18n();
  return (value: number | null, format: string) => {
    if (value === null) return '–';
    if (format === 'share') return `${formatNumber(lang, value * 100, 1)}%`;
    if (format === 'index') return formatNumber(lang, value, 3);
    return formatNumber(lang, value);
  };
}

/** A scored assessment: tier badge, area bars, and what the next tier takes. */
export function AssessmentResultView({ result }: { result: AssessmentResult }) {
  const { t, lang } = useI18n();
  const show = useIndicatorValue();
  const formats = new Map(result.indicators.map((i) => [i.id, i.format]));
  return (
    <div data-testid="assessment-result">
      <p>
        <span className={`badge tier tier-${result.tier}`} data-testid="tier">
          {result.tierLabel}
        </span>
        <MeasureInfo term="assessmentTier" />{' '}
        {t(iam.score, { total: formatMeasure(lang, 'assessmentScore', result.total) })}
        <MeasureInfo term="assessmentScore" /> · {t(iam.activeMembers, { n: result.activeMembers })}
      </p>
      <div className="assessment-bars">
        <SvgBarChart
          title={t(iam.areas)}
          bars={result.areas.map((a) => ({ label: a.label, value: a.score }))}
          format={(v) => formatNumber(lang, v, 1)}
        />
      </div>
      <section data-testid="next-tier">
        {result.next ? (
          <>
            <h3>{t(iam.nextTitle, { tier: result.next.tierLabel })}</h3>
            <ul>
              {result.next.requirements.map((r) => (
                <li key={`${r.kind}-${r.area ?? ''}`}>
                  {r.text}
                  {r.rises.length > 0 && (
                    <ul>
                      {r.rises.map((rise) => (
                        <li key={rise.id} className="small">
                          {t(iam.rise, {
                            label: rise.label,
                            from: show(rise.from, formats.get(rise.id) ?? 'count'),
                            to: show(rise.to, formats.get(rise.id) ?? 'count'),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t(iam.topTier)}</p>
        )}
      </section>
      <p className="muted small">{t(iam.thresholds)}</p>
    </div>
  );
}
