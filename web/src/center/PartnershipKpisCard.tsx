import { useState } from 'react';
import type { PartnershipKpis } from '../../../src/partnership-kpis/partnership-kpis.schema.ts';
import type { PartnershipKpiKey } from '../../../src/shared/measure-format.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { formatDate, formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type Period, PeriodFields } from '../ui/PeriodFields.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { pkm } from './partnership-messages.ts';

/** The KPIs the card shows, in order (names and formats come from the glossary and the format table). */
const KEYS: PartnershipKpiKey[] = [
  'requests',
  'responseRate',
  'conversion',
  'medianDaysToAward',
  'microShare',
  'awardGini',
  'poolSavings',
  'poolSavingsShare',
];

/** The centre's "Kemitraan / Partnerships" card over the last 12 months, for whoever reads its analysis. */
export function PartnershipKpisCard({ centerId }: { centerId: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  const allowed = may((a) => a.networks.read);
  // Empty: the server's default, the last 12 months up to today.
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  const query = {
    ...(period.from && { from: period.from }),
    ...(period.to && { to: period.to }),
  };
  const loaded = useApi(
    (signal) =>
      allowed
        ? api.get('/centers/:id/partnership-kpis', { params: { id: centerId }, query, signal })
        : Promise.resolve(null),
    [centerId, allowed, period.from, period.to],
  );
  if (!allowed) return null;
  const controls = (
    <PeriodFields
      period={period}
      onChange={setPeriod}
      labels={pkm}
      className="partnership-period"
      testId="partnership-period"
    />
  );
  // The fields stay in one place whatever the state, so they keep focus while a new period loads or is refused.
  return (
    <section data-testid="partnership-kpis">
      <h2>{t(pkm.title)}</h2>
      <p className="muted">{t(pkm.explain)}</p>
      {controls}
      {loaded.error ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <KpiBody kpis={loaded.data} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

/** The period line and the KPI cards of a loaded answer. */
function KpiBody({ kpis: k }: { kpis: PartnershipKpis }) {
  const { t, lang } = useI18n();
  const details: Partial<Record<PartnershipKpiKey, string>> = {
    responseRate: t(pkm.answered, { answered: k.invitationsAnswered, sent: k.invitationsSent }),
    conversion: t(pkm.realised, { realised: k.realisedRequests, requests: k.requests }),
    poolSavings: t(pkm.pools, { n: k.pools }),
  };
  return (
    <>
      <p className="small" data-testid="partnership-period-shown">
        {t(pkm.period, { from: formatDate(lang, k.from), to: formatDate(lang, k.to) })}
      </p>
      <div className="kpis">
        {KEYS.map((key) => (
          <div className="kpi" key={key} data-kpi={key}>
            <span className="value">{formatMeasure(lang, key, k[key])}</span>
            <span className="label">
              <MeasureName term={key} />
            </span>
            {details[key] && <span className="small kpi-detail">{details[key]}</span>}
          </div>
        ))}
      </div>
      {k.giniByQuarter.length > 0 && (
        <p className="small" data-testid="partnership-gini-quarters">
          {t(pkm.quarters)}:{' '}
          {k.giniByQuarter.map((q) => `${q.quarter} ${formatMeasure(lang, 'awardGini', q.gini)}`).join(' · ')}
        </p>
      )}
    </>
  );
}
