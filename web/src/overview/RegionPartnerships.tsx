import type { RegionPartnershipTotals } from '../../../src/partnership-kpis/partnership-kpis.schema.ts';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { formatDate, formatMeasure } from '../i18n/format.ts';
import { defineMessages, useI18n } from '../i18n/i18n.tsx';

const rpm = defineMessages({
  title: { id: 'Kemitraan di wilayah ini', en: 'Partnerships in this region' },
  period: {
    id: 'Permintaan yang terbit {from} – {to} untuk sentra di wilayah ini (satu permintaan ke dua sentra dihitung sekali).',
    en: 'Requests published {from} – {to} for the centres of this region (a request to two centres counts once).',
  },
});

const KEYS = ['requests', 'responseRate', 'conversion', 'poolSavings'] as const;

/** The region's partnership totals (issue #18 point 6), for readers of every centre's analysis. */
export function RegionPartnerships({ totals }: { totals: RegionPartnershipTotals }) {
  const { t, lang } = useI18n();
  return (
    <section data-testid="region-partnerships">
      <h2>{t(rpm.title)}</h2>
      <ul className="kpis">
        {KEYS.map((key) => (
          <li className="kpi" key={key} data-kpi={key}>
            <span className="value">{formatMeasure(lang, key, totals[key])}</span>
            <span className="label">
              <MeasureName term={key} />
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {t(rpm.period, { from: formatDate(lang, totals.from), to: formatDate(lang, totals.to) })}
      </p>
    </section>
  );
}
