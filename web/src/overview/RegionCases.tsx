import type { CaseKpis } from '../../../src/case-kpis/case-kpis.schema.ts';
import { CaseKpiBody } from '../center/CaseKpisCard.tsx';
import { defineMessages, useI18n } from '../i18n/i18n.tsx';

const rcm = defineMessages({
  title: { id: 'Kasus konflik di wilayah ini', en: 'Conflict cases in this region' },
  explain: {
    id: 'Semua sentra wilayah ini digabung. Jumlah di bawah 3 kasus ditampilkan “< 3” dan sel pasangannya ikut disembunyikan.',
    en: 'All centres of this region together. Counts under 3 cases show as “< 3” and their complementary cell is hidden too.',
  },
});

/** The region's conflict-case KPIs (issue #19), for the readers who see its partnership totals. */
export function RegionCases({ kpis }: { kpis: CaseKpis }) {
  const { t } = useI18n();
  return (
    <section data-testid="region-cases">
      <h2>{t(rcm.title)}</h2>
      <p className="muted small">{t(rcm.explain)}</p>
      <CaseKpiBody kpis={kpis} />
    </section>
  );
}
