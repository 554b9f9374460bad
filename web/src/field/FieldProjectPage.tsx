import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading } from '../ui/status.tsx';
import { ChangeLabel } from './ChangeLabel.tsx';
import { OnlineBadge, PendingLink } from './FieldStatus.tsx';
import type { StoredProjectPackage } from './field-db.ts';
import { queuedForProject } from './field-queue.ts';
import { useLive } from './hooks.ts';
import { fm } from './messages.ts';
import { RESEARCH_FORMS, storedProject } from './research-forms.ts';
import { frm } from './research-messages.ts';
import { scopeMessage } from './research-scopes.ts';
import './field.css';

type Informant = StoredProjectPackage['pkg']['informants'][number];

/** An informant's consent scopes, each granted since or withdrawn on a day. */
function ConsentLine({ informant }: { informant: Informant }) {
  const { t } = useI18n();
  const parts = informant.consents.map((c) => {
    const m = scopeMessage(c.scope);
    const scope = m ? t(m) : c.scope;
    return c.withdrawnOn
      ? t(frm.scopeWithdrawn, { scope, date: c.withdrawnOn })
      : t(frm.scopeSince, { scope, date: c.grantedOn });
  });
  if (informant.withdrawnOn) parts.unshift(t(frm.withdrewStudy, { date: informant.withdrawnOn }));
  return <span>{parts.length ? parts.join(' · ') : t(frm.noConsent)}</span>;
}

/** `/lapangan/proyek/:id`: a research project's offline home — its informants and consent, the forms, the queue. */
export default function FieldProjectPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const projectId = params.id ?? '';
  const stored = useLive(() => storedProject(projectId), [projectId]);
  const queued = useLive(() => queuedForProject(projectId), [projectId]);
  if (stored === undefined) return <Loading />;
  return (
    <main className="field">
      <Link href="/lapangan">{t(fm.back)}</Link>
      <h1>{stored?.pkg.project.name ?? t(frm.projects)}</h1>
      <OnlineBadge />
      <PendingLink />
      {!stored ? (
        <p className="field-warning">{t(frm.noProjectPackage)}</p>
      ) : (
        <>
          <h2>{t(fm.actions)}</h2>
          {/* The server takes notes and consent from the project's leads only (research.policy). */}
          {stored.myRole === 'lead' || stored.myRole === undefined ? (
            <ul className="field-actions">
              {RESEARCH_FORMS.map((f) => (
                <li key={f.slug}>
                  <Link className="field-button" href={`/lapangan/proyek/${projectId}/${f.slug}`}>
                    {t(f.title)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="field-muted" data-testid="field-research-lead-only">
              {t(frm.leadsOnly)}
            </p>
          )}
          <h2>{t(frm.informants)}</h2>
          {stored.pkg.informants.length === 0 && <p>{t(frm.noInformants)}</p>}
          <ul className="field-list" data-testid="field-informants">
            {stored.pkg.informants.map((i) => (
              <li key={i.id}>
                <strong>{i.pseudonym}</strong> <small className="field-muted">{i.role}</small>
                <br />
                <ConsentLine informant={i} />
              </li>
            ))}
          </ul>
        </>
      )}
      {queued && queued.length > 0 && (
        <>
          <h2>{t(fm.queue)}</h2>
          <ul className="field-list" data-testid="field-queue">
            {queued.map((q) => (
              <li key={q.clientChangeId}>
                <ChangeLabel label={q.label} />
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
