import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link, useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { EcosystemBody } from './EcosystemBody.tsx';
import { em } from './messages.ts';

/** `/ekosistem?sentra=ID,ID…`: up to 10 centres' ecosystems overlaid on one radar, with their element table. */
export default function EcosystemPage() {
  const { t } = useI18n();
  const { query } = useRouter();
  const centers = query.get('sentra') ?? '';
  const loaded = useApi(
    (signal) => (centers ? api.get('/ecosystem', { query: { centers }, signal }) : Promise.resolve(null)),
    [centers],
  );
  return (
    <article className="page">
      <h1>{t(em.pageTitle)}</h1>
      <p className="muted">{t(em.explain)}</p>
      {!centers ? (
        <p>
          <Link href="/perbandingan">{t(em.chooseCenters)}</Link>
        </p>
      ) : loaded.error ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <EcosystemBody ecosystem={loaded.data} />
      ) : (
        <Loading />
      )}
    </article>
  );
}
