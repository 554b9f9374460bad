import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { em } from './messages.ts';
import '../entry/entry.css';

/** `/ikm-saya`: the firms the reader's account reaches (the server scopes `GET /enterprises` to them). */
export default function MyEnterprisesPage() {
  const { t } = useI18n();
  const loaded = useApi((signal) => api.get('/enterprises', { query: { limit: 100 }, signal }), []);
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const firms = loaded.data.items;
  return (
    <article data-testid="my-enterprises">
      <h1>{t(em.myTitle)}</h1>
      <p className="muted">{t(em.myIntro)}</p>
      {firms.length === 0 ? (
        <p>{t(em.myNone)}</p>
      ) : (
        <ul className="grid grid-2 kind-list">
          {firms.map((e) => (
            <li key={e.id} className="card">
              <h2 className="card-title">
                <Link href={`/ikm/${e.id}`}>{e.name}</Link>
              </h2>
              <p className="muted small">
                {[e.products ?? e.commodity, e.regionName].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
