import type { CenterIndicators } from '../../../src/networks/analysis/analysis.schema.ts';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { nm } from './messages.ts';

/** The indicators shown as cards, in order (names and formats come from the glossary and the format table). */
export const CARD_KEYS: (keyof CenterIndicators)[] = [
  'firms',
  'institutions',
  'collaborationTies',
  'conflictTies',
  'collaborationDensity',
  'collaborationConflictRatio',
  'largestCollaborativeComponentShare',
  'institutionalCoverage',
  'orderGiverDominance',
  'balanceRatio',
  'frustration',
  'normalizedFrustration',
  'modularity',
  'communities',
  'reciprocity',
  'dyadReciprocity',
  'degreeCentralization',
  'outDegreeCentralization',
  'inDegreeCentralization',
  'betweennessCentralization',
  'closenessCentralization',
];

/** The centre's indicators as cards, each with its glossary button (network view and the centre's Indikator tab). */
export function IndicatorCards({ indicators }: { indicators: CenterIndicators }) {
  const { t, lang } = useI18n();
  return (
    <div className="kpis" data-testid="indicator-cards">
      {CARD_KEYS.map((key) => (
        <div className="kpi" key={key} data-indicator={key}>
          <span className="value">
            {formatMeasure(lang, key, indicators[key])}
            {key === 'frustration' && indicators.frustration !== null && !indicators.frustrationExact && (
              <span className="small"> {t(nm.approximate)}</span>
            )}
          </span>
          <span className="label">
            <MeasureName term={key} />
          </span>
        </div>
      ))}
    </div>
  );
}
