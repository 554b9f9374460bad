import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading } from '../ui/status.tsx';
import { ChangeLabel } from './ChangeLabel.tsx';
import { OnlineBadge, PendingLink } from './FieldStatus.tsx';
import { queuedFor } from './field-queue.ts';
import { FORMS } from './forms.ts';
import { useCenterData, useLive } from './hooks.ts';
import { fm } from './messages.ts';
import './field.css';

/** `/lapangan/sentra/:id`: the centre's offline home — the forms, and what waits on the phone. */
export default function FieldCenterPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const centerId = params.id ?? '';
  const data = useCenterData(centerId);
  const queued = useLive(() => queuedFor(centerId), [centerId]);
  if (!data) return <Loading />;
  return (
    <main className="field">
      <Link href="/lapangan">{t(fm.back)}</Link>
      <h1>{data.pkg?.center.name ?? t(fm.title)}</h1>
      <OnlineBadge />
      <PendingLink />
      {!data.pkg ? (
        <p className="field-warning">{t(fm.noPackage)}</p>
      ) : (
        <>
          <p>{t(fm.members, { n: data.pkg.members.length })}</p>
          <h2>{t(fm.actions)}</h2>
          <ul className="field-actions">
            {FORMS.map((f) => (
              <li key={f.slug}>
                <Link className="field-button" href={`/lapangan/sentra/${centerId}/${f.slug}`}>
                  {t(f.title)}
                </Link>
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
