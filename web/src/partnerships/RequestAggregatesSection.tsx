import { useState } from 'react';
import type { RequestAggregates } from '../../../src/requests/request-aggregates.schema.ts';
import { REQUEST_STATUS_LABELS } from '../../../src/requests/requests.constants.ts';
import { api, saveBlob } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatMeasure, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type Period, PeriodFields } from '../ui/PeriodFields.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { am } from './aggregate-messages.ts';
import './aggregates.css';

/**
 * "Requests in numbers" on the partnership hub: the request aggregates of the reader's scope (researchers:
 * the country) over a chosen period, with hidden cells shown as "< 3" and the same numbers as a CSV.
 */
export function RequestAggregatesSection() {
  const { t } = useI18n();
  const { may } = useSession();
  const allowed = may((a) => a.requestAggregates.read);
  // Empty: the server's default, the last 12 months up to today.
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  const query = { ...(period.from && { from: period.from }), ...(period.to && { to: period.to }) };
  const loaded = useApi(
    (signal) => (allowed ? api.get('/requests/aggregates', { query, signal }) : Promise.resolve(null)),
    [allowed, period.from, period.to],
  );
  if (!allowed) return null;
  const download = async () =>
    saveBlob(await api.blob('/requests/aggregates.csv', query), 'simpul-permintaan-agregat.csv');
  return (
    <section data-testid="request-aggregates">
      <h2>{t(am.title)}</h2>
      <p className="muted">{t(am.explain)}</p>
      <PeriodFields period={period} onChange={setPeriod} labels={am} className="aggregates-period">
        <button type="button" onClick={download}>
          {t(am.csv)}
        </button>
      </PeriodFields>
      {loaded.error ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <AggregatesBody a={loaded.data} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

/** A count, or "< 3" when hidden. */
function useCell() {
  const { t, lang } = useI18n();
  return (n: number | null) => (n === null ? t(am.hidden) : formatNumber(lang, n));
}

/** The figures and the four small tables of a loaded answer. */
function AggregatesBody({ a }: { a: RequestAggregates }) {
  const { t, lang } = useI18n();
  const cell = useCell();
  const rate = a.responseRate === null ? t(am.hidden) : formatMeasure(lang, 'responseRate', a.responseRate);
  const days =
    a.medianDaysToAward === null
      ? t(am.hidden)
      : formatMeasure(lang, 'medianDaysToAward', a.medianDaysToAward);
  return (
    <>
      <p className="small" data-testid="aggregates-period">
        {t(am.period, { from: formatDate(lang, a.from), to: formatDate(lang, a.to) })}
      </p>
      <div className="kpis">
        <div className="kpi" data-aggregate="requests">
          <span className="value">{cell(a.requests)}</span>
          <span className="label">{t(am.requests)}</span>
        </div>
        <div className="kpi" data-aggregate="responseRate">
          <span className="value">{rate}</span>
          <span className="label">{t(am.responseRate)}</span>
          <span className="small aggregate-detail">
            {t(am.answered, { answered: cell(a.answered), sent: cell(a.invitations) })}
          </span>
        </div>
        <div className="kpi" data-aggregate="medianDaysToAward">
          <span className="value">{days}</span>
          <span className="label">{t(am.medianDays)}</span>
          <span className="small aggregate-detail">{t(am.awarded, { n: cell(a.awardedRequests) })}</span>
        </div>
      </div>
      <div className="grid grid-2">
        <SmallTable
          id="status"
          title={t(am.byStatus)}
          head={[t(am.status), t(am.count)]}
          rows={a.byStatus.map((s) => [t(REQUEST_STATUS_LABELS[s.status]), cell(s.count)])}
        />
        <SmallTable
          id="quarter"
          title={t(am.byQuarter)}
          head={[t(am.quarter), t(am.count)]}
          rows={a.byQuarter.map((q) => [q.quarter, cell(q.count)])}
        />
        <SmallTable
          id="process"
          title={t(am.byProcess)}
          head={[t(am.process), t(am.count)]}
          rows={a.byProcess.map((p) => [p.processCode, cell(p.count)])}
        />
        <SmallTable
          id="size"
          title={t(am.bySize)}
          head={[t(am.sizeClass), t(am.firms), t(am.volume)]}
          rows={a.awardedVolumeBySize.map((v) => [
            t(am[v.sizeClass]),
            cell(v.firms),
            v.volume === null ? t(am.hidden) : formatNumber(lang, v.volume),
          ])}
        />
      </div>
      <p className="muted small">{t(am.hiddenNote)}</p>
    </>
  );
}

/** A captioned two- or three-column table of texts, numbers right-aligned. */
function SmallTable(props: { id: string; title: string; head: string[]; rows: string[][] }) {
  const { t } = useI18n();
  return (
    <div className="card table-wrap" data-table={props.id}>
      <table>
        <caption>{props.title}</caption>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 && (
            <tr>
              <td colSpan={props.head.length} className="muted">
                {t(am.none)}
              </td>
            </tr>
          )}
          {props.rows.map((row) => (
            <tr key={row[0]}>
              {props.head.map((h, i) => (
                <td key={h} className={i > 0 ? 'num' : undefined}>
                  {row[i]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
