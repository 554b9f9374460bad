import type { ReactNode } from 'react';
import type { CenterAnalysis } from '../../../src/networks/analysis/analysis.schema.ts';
import { Link } from '../app/router.tsx';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { gm } from '../glossary/messages.ts';
import { formatDate, formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CenterTimeline } from './CenterTimeline.tsx';
import { IndicatorCards } from './IndicatorCards.tsx';
import { InterventionTargets } from './InterventionTargets.tsx';
import { nm } from './messages.ts';

/** Beside the graph: the pattern and what it means, indicators, intervention targets and brokers. */
export function AnalysisPanel({
  analysis,
  names,
  dayChoice,
  children,
}: {
  analysis: CenterAnalysis;
  names: Map<string, string>;
  /** Which ties the analysis covers (every tie ever, or those active today), when the page offers the choice. */
  dayChoice?: ReactNode;
  /** More sections after the brokers (the blockmodel's block image, the community method choice). */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const name = (id: string) => names.get(id) ?? id.slice(0, 8);
  return (
    <section className="analysis-panel" aria-labelledby="analysis-title" data-testid="analysis-panel">
      <h2 id="analysis-title">{t(nm.analysis)}</h2>
      <p className="muted small">
        {t(nm.computedAt, { date: formatDate(lang, analysis.computedAt) })}{' '}
        <Link href="/glosarium">{t(gm.seeGlossary)}</Link>
      </p>
      {dayChoice}
      <div className="card pattern">
        <h3>{t(nm.pattern)}</h3>
        <p className="pattern-label" data-pattern={analysis.pattern.code}>
          <strong>{analysis.pattern.label[lang]}</strong>
          <MeasureInfo term={analysis.pattern.code} />
        </p>
        <p>{analysis.pattern.explanation[lang]}</p>
        {analysis.note && <p className="muted small">{analysis.note[lang]}</p>}
      </div>
      <h3>{t(nm.indicators)}</h3>
      <IndicatorCards indicators={analysis.indicators} />
      <InterventionTargets ties={analysis.frustratedTies} name={name} />
      <CenterTimeline centerId={analysis.centerId} />
      <h3>
        {t(nm.brokers)}
        <MeasureInfo term="broker" />
      </h3>
      <p className="muted small">{t(nm.brokersIntro)}</p>
      {analysis.brokers.length === 0 ? (
        <p>{t(nm.noBrokers)}</p>
      ) : (
        <ol className="brokers" data-testid="brokers">
          {analysis.brokers.map((b) => (
            <li key={b.id}>
              <Link href={`/ikm/${b.id}`}>{name(b.id)}</Link>{' '}
              <span className="muted small">
                {t(nm.brokerLine, { b: formatMeasure(lang, 'betweenness', b.betweenness) })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
