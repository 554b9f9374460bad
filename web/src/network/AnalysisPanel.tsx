import type { CenterAnalysis, CenterIndicators } from '../../../src/networks/analysis/analysis.schema.ts';
import { Link } from '../app/router.tsx';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.ts';
import { type Message, useI18n } from '../i18n/i18n.tsx';
import { nm } from './messages.ts';

type Kind = 'count' | 'share' | 'ratio';
const CARDS: [keyof CenterIndicators, Message, Kind][] = [
  ['firms', nm.indFirms, 'count'],
  ['institutions', nm.indInstitutions, 'count'],
  ['collaborationTies', nm.indCollabTies, 'count'],
  ['conflictTies', nm.indConflictTies, 'count'],
  ['collaborationDensity', nm.indCollabDensity, 'ratio'],
  ['collaborationConflictRatio', nm.indRatio, 'ratio'],
  ['largestCollaborativeComponentShare', nm.indComponent, 'share'],
  ['institutionalCoverage', nm.indCoverage, 'share'],
  ['orderGiverDominance', nm.indOrderGiver, 'ratio'],
  ['balanceRatio', nm.indBalance, 'share'],
  ['frustration', nm.indFrustration, 'count'],
  ['normalizedFrustration', nm.indNormFrustration, 'ratio'],
  ['modularity', nm.indModularity, 'ratio'],
  ['communities', nm.indCommunities, 'count'],
];

/** The centre's indicators as cards (also used by the centre page's Indikator tab). */
export function IndicatorCards({ indicators }: { indicators: CenterIndicators }) {
  const { t, lang } = useI18n();
  const show = (value: unknown, kind: Kind) => {
    if (typeof value !== 'number') return '–';
    if (kind === 'share') return formatPercent(lang, value);
    return formatNumber(lang, value, kind === 'ratio' ? 3 : 0);
  };
  return (
    <div className="kpis" data-testid="indicator-cards">
      {CARDS.map(([key, label, kind]) => (
        <div className="kpi" key={key}>
          <span className="value">
            {show(indicators[key], kind)}
            {key === 'frustration' && indicators.frustration !== null && !indicators.frustrationExact && (
              <span className="small"> {t(nm.approximate)}</span>
            )}
          </span>
          <span className="label">{t(label)}</span>
        </div>
      ))}
    </div>
  );
}

/** Beside the graph: the pattern and what it means, indicators, intervention targets and brokers. */
export function AnalysisPanel({ analysis, names }: { analysis: CenterAnalysis; names: Map<string, string> }) {
  const { t, lang } = useI18n();
  const name = (id: string) => names.get(id) ?? id.slice(0, 8);
  return (
    <section className="analysis-panel" aria-labelledby="analysis-title" data-testid="analysis-panel">
      <h2 id="analysis-title">{t(nm.analysis)}</h2>
      <p className="muted small">{t(nm.computedAt, { date: formatDate(lang, analysis.computedAt) })}</p>
      <div className="card pattern">
        <h3>{t(nm.pattern)}</h3>
        <p className="pattern-label" data-pattern={analysis.pattern.code}>
          <strong>{analysis.pattern.label[lang]}</strong>
        </p>
        <p>{analysis.pattern.explanation[lang]}</p>
        {analysis.note && <p className="muted small">{analysis.note[lang]}</p>}
      </div>
      <h3>{t(nm.indicators)}</h3>
      <IndicatorCards indicators={analysis.indicators} />
      <h3>{t(nm.frustrated)}</h3>
      <p className="muted small">{t(nm.frustratedIntro)}</p>
      {analysis.frustratedTies.length === 0 ? (
        <p>{t(nm.noFrustrated)}</p>
      ) : (
        <ul className="frustrated" data-testid="frustrated-ties">
          {analysis.frustratedTies.map((tie) => (
            <li key={tie.id}>
              <span className={`badge ${tie.valence === 'conflict' ? 'conflict' : 'collab'}`}>
                {t(
                  tie.reason === 'conflict_within_camp' ? nm.conflictWithinCamp : nm.collaborationAcrossCamps,
                )}
              </span>{' '}
              {name(tie.source)} – {name(tie.target)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t(nm.brokers)}</h3>
      <p className="muted small">{t(nm.brokersIntro)}</p>
      {analysis.brokers.length === 0 ? (
        <p>{t(nm.noBrokers)}</p>
      ) : (
        <ol className="brokers" data-testid="brokers">
          {analysis.brokers.map((b) => (
            <li key={b.id}>
              <Link href={`/ikm/${b.id}`}>{name(b.id)}</Link>{' '}
              <span className="muted small">
                {t(nm.brokerLine, { b: formatNumber(lang, b.betweenness, 3) })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
