import { useState } from 'react';
import { CASE_STATUS_LABELS, CASE_STATUSES } from '../../../src/cases/cases.constants.ts';
import { interactionType } from '../../../src/interactions/interaction-types.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { km } from './messages.ts';
import { ReportCaseForm } from './ReportCaseForm.tsx';
import { rm } from './report-messages.ts';
import './cases.css';

/** `/kasus`: the cases the reader may see, one column per status of the §6.4 flow. */
export default function CasesBoard() {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const [reporting, setReporting] = useState(false);
  const cases = useApi((signal) => api.get('/cases', { query: { limit: 500 }, signal }), []);
  if (cases.error) return <ErrorView error={cases.error} onRetry={cases.reload} />;
  if (!cases.data) return <Loading />;
  const items = cases.data.items;
  return (
    <div className="cases" data-testid="cases-board">
      <h1>{t(km.title)}</h1>
      <p>{t(km.intro)}</p>
      {may((a) => a.cases.report) &&
        (reporting ? (
          <ReportCaseForm onCancel={() => setReporting(false)} />
        ) : (
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => setReporting(true)}>
              {t(rm.reportButton)}
            </button>
          </div>
        ))}
      {items.length === 0 && <p className="muted">{t(km.none)}</p>}
      <div className="case-columns">
        {CASE_STATUSES.map((status) => {
          const here = items.filter((c) => c.status === status);
          return (
            <section
              key={status}
              className="case-column"
              data-status={status}
              aria-label={t(CASE_STATUS_LABELS[status])}
            >
              <h2>
                {t(CASE_STATUS_LABELS[status])} <span className="muted">({here.length})</span>
              </h2>
              <ul>
                {here.map((c) => (
                  <li key={c.id} className="card" data-case={c.id}>
                    <Link href={`/kasus/${c.id}`}>{c.title}</Link>
                    <p className="muted small">
                      {c.centerName} · {t(interactionType(c.caseType).label)} ·{' '}
                      {formatDate(lang, c.createdAt)}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
