import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { rm } from './messages.ts';
import '../admin/admin.css';

type View = 'scope' | 'mine' | 'open_for_me';

/** `/permintaan`: requests in the reader's scope, their own, or those open for their firms. */
export default function RequestsPage() {
  const { t, lang } = useI18n();
  const { may, user } = useSession();
  const firm = user?.role === 'enterprise';
  const [view, setView] = useState<View>(firm ? 'open_for_me' : 'scope');
  const list = useApi((signal) => api.get('/requests', { query: { view, limit: 200 }, signal }), [view]);
  const views: [View, string][] = [
    ['scope', t(rm.viewScope)],
    ['mine', t(rm.viewMine)],
    ['open_for_me', t(rm.viewOpen)],
  ];
  return (
    <div className="admin" data-testid="requests-page">
      <h1>{t(rm.title)}</h1>
      <p>{t(rm.intro)}</p>
      <div className="form-actions">
        {views.map(([value, label]) => (
          <button key={value} type="button" aria-pressed={view === value} onClick={() => setView(value)}>
            {label}
          </button>
        ))}
        {may((a) => a.requests.post) && <Link href="/permintaan/baru">{t(rm.newRequest)}</Link>}
      </div>
      {list.error && <ErrorView error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data?.items.length === 0 && <p className="muted">{t(rm.none)}</p>}
      {list.data && list.data.items.length > 0 && (
        <TableWrap label={t(rm.title)}>
          <table data-testid="requests-table">
            <thead>
              <tr>
                <th scope="col">{t(rm.colProduct)}</th>
                <th scope="col">{t(rm.colStatus)}</th>
                <th scope="col">{t(rm.colQuantity)}</th>
                <th scope="col">{t(rm.colDeadline)}</th>
                <th scope="col">{t(rm.colDelivery)}</th>
                <th scope="col">{t(rm.colPoster)}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id} data-request={r.id}>
                  <th scope="row">
                    <Link href={`/permintaan/${r.id}`}>{r.product}</Link>
                  </th>
                  <td data-status={r.status}>{t(rm[r.status])}</td>
                  <td>
                    {formatNumber(lang, r.quantity)} {r.unit}
                  </td>
                  <td>{formatDate(lang, r.answerDeadline)}</td>
                  <td>{formatDate(lang, r.deliveryDate)}</td>
                  <td>{r.posterName ?? r.buyerName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
