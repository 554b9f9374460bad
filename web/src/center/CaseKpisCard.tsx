import { useState } from 'react';
import type { CaseKpis } from '../../../src/case-kpis/case-kpis.schema.ts';
import { CASE_STATUS_LABELS } from '../../../src/cases/cases.constants.ts';
import { interactionType } from '../../../src/interactions/interaction-types.ts';
import type { CaseKpiKey } from '../../../src/shared/measure-format.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { formatDate, formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type Period, PeriodFields } from '../ui/PeriodFields.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { ckm } from './case-kpi-messages.ts';
import { pkm } from './partnership-messages.ts';

const KEYS: CaseKpiKey[] = [
  'cases',
  'resolutionRate',
  'medianDaysToAgreement',
  'recurrenceRate',
  'keptOnTimeShare',
];

/** The centre's "Kasus konflik / Conflict cases" card over the last 12 months, for whoever reads its analysis. */
export function CaseKpisCard({ centerId }: { centerId: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  const allowed = may((a) => a.networks.read);
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  const query = { ...(period.from && { from: period.from }), ...(period.to && { to: period.to }) };
  const loaded = useApi(
    (signal) =>
      allowed
        ? api.get('/centers/:id/case-kpis', { params: { id: centerId }, query, signal })
        : Promise.resolve(null),
    [centerId, allowed, period.from, period.to],
  );
  if (!allowed) return null;
  return (
    <section data-testid="case-kpis">
      <h2>{t(ckm.title)}</h2>
      <p className="muted">{t(ckm.explain)}</p>
      <PeriodFields period={period} onChange={setPeriod} labels={pkm} className="partnership-period" />
      {loaded.error ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <CaseKpiBody kpis={loaded.data} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

/** The KPI tiles and the two breakdowns of a loaded answer; exported for the overview. */
export function CaseKpiBody({ kpis: k }: { kpis: CaseKpis }) {
  const { t, lang } = useI18n();
  const n = (value: number | null) => (value === null ? t(ckm.fewer) : formatMeasure(lang, 'cases', value));
  const value = (key: CaseKpiKey) => (key === 'cases' ? n(k.cases) : formatMeasure(lang, key, k[key]));
  const details: Partial<Record<CaseKpiKey, string>> = {
    resolutionRate: t(ckm.ofEnded, { n: n(k.resolved), ended: n(k.ended) }),
    medianDaysToAgreement: t(ckm.agreements, { n: n(k.agreements) }),
    recurrenceRate: t(ckm.recurrent, { n: n(k.recurrent) }),
    keptOnTimeShare: t(ckm.kept, { n: n(k.commitmentsKeptOnTime), due: n(k.commitmentsDue) }),
  };
  return (
    <>
      <p className="small" data-testid="case-kpis-period">
        {t(ckm.period, { from: formatDate(lang, k.from), to: formatDate(lang, k.to) })}
      </p>
      <div className="kpis">
        {KEYS.map((key) => (
          <div className="kpi" key={key} data-kpi={key}>
            <span className="value">{value(key)}</span>
            <span className="label">
              <MeasureName term={key} />
            </span>
            {details[key] && <span className="small kpi-detail">{details[key]}</span>}
          </div>
        ))}
      </div>
      {k.byStatus.length === 0 ? (
        <p className="muted">{t(ckm.none)}</p>
      ) : (
        <div className="case-kpi-breakdowns">
          <table className="data-table" data-testid="case-kpis-by-status">
            <caption>{t(ckm.byStatus)}</caption>
            <tbody>
              {k.byStatus.map((r) => (
                <tr key={r.status}>
                  <th scope="row">{t(CASE_STATUS_LABELS[r.status])}</th>
                  <td className="num">{n(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data-table" data-testid="case-kpis-by-type">
            <caption>{t(ckm.byType)}</caption>
            <tbody>
              {k.byType.map((r) => (
                <tr key={r.caseType}>
                  <th scope="row">{t(interactionType(r.caseType).label)}</th>
                  <td className="num">{n(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
