import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link, useRouter } from '../app/router.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { nm } from './messages.ts';
import { INBOX_CHANGED } from './NotificationBell.tsx';
import './notifications.css';

const PAGE = 20;

/** `/pemberitahuan`: the signed-in user's inbox, newest first; opening one marks it read and goes to its object. */
export default function InboxPage() {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const [offset, setOffset] = useState(0);
  const inbox = useApi(
    (signal) => api.get('/notifications', { query: { limit: PAGE, offset }, signal }),
    [offset],
  );
  const changed = () => {
    inbox.reload();
    window.dispatchEvent(new Event(INBOX_CHANGED));
  };
  const markRead = async (id: string) => {
    await api.send('POST', '/notifications/:id/read', { params: { id } });
    changed();
  };
  const open = async (id: string, link: string, read: boolean) => {
    if (!read) await markRead(id).catch(() => undefined); // opening the object matters more than the mark
    navigate(link);
  };
  const markAll = async () => {
    await api.send('POST', '/notifications/read-all');
    changed();
  };
  if (inbox.error) return <ErrorView error={inbox.error} onRetry={inbox.reload} />;
  if (!inbox.data) return <Loading />;
  const { items, total, unread } = inbox.data;
  return (
    <div className="inbox" data-testid="inbox">
      <div className="inbox-head">
        <h1>{t(nm.inboxTitle)}</h1>
        <span className="muted">{t(nm.unreadCount, { n: unread })}</span>
        <button type="button" onClick={markAll} disabled={unread === 0}>
          {t(nm.markAllRead)}
        </button>
        <Link href="/pemberitahuan/pengaturan">{t(nm.settings)}</Link>
      </div>
      {items.length === 0 ? (
        <p className="muted">{t(nm.inboxEmpty)}</p>
      ) : (
        <ul className="inbox-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'card' : 'card unread'} data-testid="inbox-item">
              <div className="inbox-subject">
                {!n.readAt && <span className="badge">{t(nm.unread)}</span>}
                <a
                  href={n.link}
                  onClick={(event) => {
                    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    void open(n.id, n.link, n.readAt !== null);
                  }}
                >
                  {n.subject}
                </a>
              </div>
              <p>{n.body}</p>
              <div className="inbox-meta">
                <span className="muted small">{formatDate(lang, n.createdAt)}</span>
                {!n.readAt && (
                  <button type="button" onClick={() => void markRead(n.id)}>
                    {t(nm.markRead)}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="inbox-pager">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t(nm.newer)}
        </button>
        <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          {t(nm.older)}
        </button>
      </div>
    </div>
  );
}
