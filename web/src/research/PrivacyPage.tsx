import './privacy.css';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { pm } from './privacy-messages.ts';

/**
 * A project's re-identification warnings (issue #21 item 10): quotations holding an identifier, rare
 * attribute combinations and small centres, each naming the informant by pseudonym with why and what to do.
 */
export default function PrivacyPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const projectId = params.id ?? '';
  const loaded = useApi(
    (signal) => api.get('/research/projects/:id/reidentification', { params: { id: projectId }, signal }),
    [projectId],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  const data = loaded.data;
  if (!data) return <Loading />;
  return (
    <div className="page">
      <h1>{t(pm.privacyTitle)}</h1>
      <p className="muted">{t(pm.privacyIntro)}</p>
      <p className="small" data-testid="reid-rules">
        {t(pm.rules, {
          k: data.k,
          firms: data.smallCenterFirms,
          informants: data.informantsChecked,
          quotations: data.quotationsChecked,
        })}
      </p>
      <p className="small">
        <Link href={`/penelitian/proyek/${projectId}/matriks`}>{t(pm.openMatrix)}</Link>
        {' · '}
        <Link href={`/penelitian/proyek/${projectId}/bukti`}>{t(pm.openEvidence)}</Link>
      </p>
      {data.warnings.length === 0 ? (
        <p className="muted" data-testid="reid-none">
          {t(pm.none)}
        </p>
      ) : (
        <table className="reid-list" data-testid="reid-warnings">
          <caption className="sr-only">{t(pm.privacyTitle)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(pm.informant)}</th>
              <th scope="col">{t(pm.kind)}</th>
              <th scope="col">{t(pm.why)}</th>
              <th scope="col">{t(pm.whatToDo)}</th>
            </tr>
          </thead>
          <tbody>
            {data.warnings.map((w, i) => (
              <tr
                key={`${w.kind}-${w.informantId}-${w.segmentId ?? i}`}
                data-testid="reid-warning"
                data-kind={w.kind}
              >
                <th scope="row">{w.pseudonym ?? t(pm.unknownInformant)}</th>
                <td>{t(pm[w.kind])}</td>
                <td>
                  {w.reason[lang]}
                  {w.masked && (
                    <blockquote className="small" aria-label={t(pm.masked)}>
                      “{w.masked[lang]}”
                    </blockquote>
                  )}
                </td>
                <td>{w.action[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
