import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { iam } from '../institution-assessment/messages.ts';
import { xm } from '../price-agreements/messages.ts';
import { ErrorView, Loading } from '../ui/status.tsx';
import { InstitutionEdit } from './InstitutionEdit.tsx';
import {
  CHALLENGE_LABELS,
  CHALLENGE_STATUS_LABELS,
  INSTITUTION_TYPE_LABELS,
  SEVERITY_LABELS,
} from './institution-labels.ts';
import { cm } from './messages.ts';

/**
 * The institutions serving a centre (public), each with its challenges log (newest first) for readers who
 * may see it: the log is asked for only when the server says the user may read challenges, and an
 * institution outside the reader's scope shows none rather than failing the tab.
 */
export function InstitutionsTab({ centerId }: { centerId: string }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const mayChallenges = may((a) => a.institutions.readChallenges);
  // Those who may restore an archived institution see it, so the restore button has a card to sit on.
  const includeArchived = may((a) => a.institutions.archive);
  const loaded = useApi(
    async (signal) => {
      const page = await api.get('/institutions', {
        query: { center: centerId, limit: 100, includeArchived: includeArchived ? 'true' : undefined },
        signal,
      });
      const logs = await Promise.all(
        page.items.map((i) =>
          mayChallenges
            ? api
                .get('/institutions/:id/challenges', { params: { id: i.id }, query: { limit: 50 }, signal })
                .then((log) => log.items)
                .catch((error: unknown) => {
                  if (error instanceof ApiError && error.status === 403) return null;
                  throw error;
                })
            : null,
        ),
      );
      return page.items.map((institution, k) => ({ institution, challenges: logs[k] ?? null }));
    },
    [centerId, mayChallenges, includeArchived],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  if (loaded.data.length === 0) return <p>{t(cm.noInstitutions)}</p>;
  return (
    <div className="grid grid-2" data-testid="institutions">
      {loaded.data.map(({ institution, challenges }) => (
        <article className="card" key={institution.id}>
          <h3>{institution.name}</h3>
          <p className="muted small">
            {t(INSTITUTION_TYPE_LABELS[institution.type])} ·{' '}
            {t(cm.instMembers, { n: institution.activeMemberCount })}
            {institution.foundedYear ? ` · ${institution.foundedYear}` : ''}
          </p>
          {institution.description && <p>{institution.description}</p>}
          {may((a) => a.priceAgreements.read) && (
            <p className="small">
              <Link href={`/kesepakatan-harga?lembaga=${institution.id}`}>{t(xm.institutionAgreements)}</Link>
            </p>
          )}
          {may((a) => a.institutionAssessment.read) && (
            <p className="small">
              <Link href={`/lembaga/${institution.id}/penilaian`}>{t(iam.link)}</Link>
            </p>
          )}
          <InstitutionEdit institution={institution} onChanged={loaded.reload} />
          {challenges && <h4>{t(cm.challenges)}</h4>}
          {!challenges ? null : challenges.length === 0 ? (
            <p className="muted">{t(cm.noChallenges)}</p>
          ) : (
            <ul className="challenges">
              {challenges.map((c) => (
                <li key={c.id}>
                  <strong>{t(CHALLENGE_LABELS[c.category])}</strong>{' '}
                  <span className={`badge${c.severity === 'high' ? ' conflict' : ''}`}>
                    {t(SEVERITY_LABELS[c.severity])}
                  </span>{' '}
                  <span className="badge">{t(CHALLENGE_STATUS_LABELS[c.status])}</span>{' '}
                  <span className="muted small">
                    {t(cm.observedOn, { date: formatDate(lang, c.observedOn) })}
                    {c.resolvedOn && ` · ${t(cm.resolvedOn, { date: formatDate(lang, c.resolvedOn) })}`}
                  </span>
                  {c.notes && <p className="small">{c.notes}</p>}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
  );
}
