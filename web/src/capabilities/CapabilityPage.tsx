import { useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Forbidden, Loading, NotFound } from '../ui/status.tsx';
import { CapabilityForm } from './CapabilityForm.tsx';
import { CapabilityView } from './CapabilityView.tsx';
import { cm } from './messages.ts';
import '../center/center.css';

/** `/ikm/:id/kemampuan`: an enterprise's production capability, its stale warning, confirm and edit. */
export default function CapabilityPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = params.id!;
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const loaded = useApi(
    (signal) =>
      Promise.all([
        api.get('/enterprises/:id', { params: { id }, signal }),
        api.get('/enterprises/:id/capability', { params: { id }, signal }),
        api.get('/process-sectors', { signal }),
      ]),
    [id],
  );
  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFound />;
  if (loaded.error instanceof ApiError && loaded.error.status === 403) return <Forbidden />;
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [enterprise, profile, sectors] = loaded.data;
  const mayEdit = may((a) => a.capabilities.edit);
  const confirm = async () => {
    setConfirmError(null);
    try {
      await api.send('POST', '/enterprises/:id/capability/confirm', { params: { id }, body: {} });
      setNotice(t(cm.confirmed));
      loaded.reload();
    } catch (error) {
      setConfirmError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <article data-testid="capability-page">
      <p className="small">
        <Link href={`/ikm/${id}`}>{t(cm.back)}</Link>
        {may((a) => a.capabilities.editTaxonomy) && (
          <>
            {' · '}
            <Link href="/taksonomi-proses">{t(cm.taxonomy)}</Link>
          </>
        )}
      </p>
      <h1>{t(cm.titleOf, { name: enterprise.name })}</h1>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      {profile.version === 0 ? (
        <p className="muted">{t(cm.empty)}</p>
      ) : (
        <>
          {profile.stale && (
            <p className="alert" data-testid="capability-stale">
              {profile.spareConfirmedOn
                ? t(cm.stale, { date: formatDate(lang, profile.spareConfirmedOn) })
                : t(cm.staleNever)}
            </p>
          )}
          {mayEdit && profile.spareCapacityPct !== null && (
            <p>
              <button type="button" onClick={confirm} data-testid="capability-confirm">
                {t(cm.confirm)}
              </button>
              {confirmError && <span className="field-error"> {confirmError}</span>}
            </p>
          )}
          <CapabilityView profile={profile} />
        </>
      )}
      {mayEdit && (
        <details className="edit-panel" data-testid="capability-edit" open={profile.version === 0}>
          <summary>{t(cm.edit)}</summary>
          <CapabilityForm
            key={profile.version}
            enterpriseId={id}
            profile={profile}
            sectors={sectors}
            onSaved={() => {
              setNotice(t(cm.saved));
              loaded.reload();
            }}
          />
        </details>
      )}
    </article>
  );
}
