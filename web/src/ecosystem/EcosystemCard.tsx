import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { EcosystemBody } from './EcosystemBody.tsx';
import { em } from './messages.ts';

/** The centre page's "Ekosistem sentra / Centre ecosystem" section: the centre against its province's centres. */
export function EcosystemCard({ centerId }: { centerId: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  const allowed = may((a) => a.networks.read);
  const loaded = useApi(
    (signal) =>
      allowed
        ? api.get('/centers/:id/ecosystem', { params: { id: centerId }, signal })
        : Promise.resolve(null),
    [centerId, allowed],
  );
  if (!allowed) return null;
  const e = loaded.data;
  const others = e?.centers.slice(1).map((c) => c.name) ?? [];
  return (
    <section data-testid="ecosystem">
      <h2>{t(em.title)}</h2>
      <p className="muted">{t(em.explain)}</p>
      {loaded.error ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : e ? (
        <>
          <p>{others.length > 0 ? t(em.comparedWith, { names: others.join(', ') }) : t(em.alone)}</p>
          <p>
            <Link href={`/ekosistem?sentra=${e.centers.map((c) => c.centerId).join(',')}`}>
              {t(em.overlay)}
            </Link>
          </p>
          <EcosystemBody ecosystem={e} />
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
