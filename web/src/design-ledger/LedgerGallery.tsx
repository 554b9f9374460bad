import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { dm } from './messages.ts';
import './design-ledger.css';

/** The stored image `id` as the API serves it (the session cookie is enough for an `<img>`). */
export const imageUrl = (id: string) => `/api/design-ledger/images/${id}`;

/** `/desain`: the design records the reader may see, newest first, with a thumbnail each, and a search. */
export default function LedgerGallery() {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const [q, setQ] = useState('');
  const list = useApi(
    (signal) => api.get('/design-ledger', { query: { limit: 100, q: q.trim() || undefined }, signal }),
    [q],
  );
  return (
    <div className="design-ledger" data-testid="design-gallery">
      <div className="ledger-head">
        <h1>{t(dm.title)}</h1>
        {may((a) => a.designLedger.record) && (
          <Link href="/desain/baru" className="button primary">
            {t(dm.recordLink)}
          </Link>
        )}
      </div>
      <p>{t(dm.intro)}</p>
      <div className="field ledger-search">
        <label htmlFor="ledger-search">{t(dm.search)}</label>
        <input id="ledger-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {list.error && <ErrorView error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data && (
        <p className="muted small" aria-live="polite">
          {list.data.items.length === 0 ? t(q ? dm.noMatch : dm.none) : t(dm.count, { n: list.data.total })}
        </p>
      )}
      <ul className="ledger-grid">
        {list.data?.items.map((r) => (
          <li key={r.id} className="ledger-card" data-record={r.id}>
            {r.imageIds[0] && (
              <img src={imageUrl(r.imageIds[0])} alt={t(dm.thumbAlt, { title: r.title })} loading="lazy" />
            )}
            <div>
              <Link href={`/desain/${r.id}`} className="ledger-card-title">
                {r.title}
              </Link>
              <p className="small">{r.enterpriseName}</p>
              <p className="muted small">
                {r.category} · {t(dm.position, { seq: r.seq })}
              </p>
              <p className="muted small">{t(dm.recordedOn, { date: formatDate(lang, r.recordedAt) })}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
