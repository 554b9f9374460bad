import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { Link, useRouter } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { nm } from './messages.ts';
import './bell.css';

/** How often the bell asks for the unread count while a screen stays open. */
const POLL_MS = 60_000;

/** Fired by the inbox when it marks something read, so the bell need not wait for its next poll. */
export const INBOX_CHANGED = 'simpul:inbox-changed';

/** The bell in the top bar: a link to the inbox with the unread count, asked again on every screen change. */
export function NotificationBell() {
  const { t } = useI18n();
  const { path } = useRouter();
  const [unread, setUnread] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const again = () => setTick((n) => n + 1);
    const timer = setInterval(again, POLL_MS);
    window.addEventListener(INBOX_CHANGED, again);
    return () => {
      clearInterval(timer);
      window.removeEventListener(INBOX_CHANGED, again);
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the count is asked again when the screen or tick changes.
  useEffect(() => {
    const controller = new AbortController();
    api
      .get('/notifications', { query: { limit: 1, unread: 'true' }, signal: controller.signal })
      .then((page) => setUnread(page.unread))
      .catch(() => undefined); // the bell stays as it was; the inbox shows errors
    return () => controller.abort();
  }, [path, tick]);
  const label = unread > 0 ? t(nm.bellUnread, { n: unread }) : t(nm.bell);
  return (
    <Link
      href="/pemberitahuan"
      className="bell"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      aria-current={path.startsWith('/pemberitahuan') ? 'page' : undefined}
    >
      {/* Drawn, not an emoji: a machine without an emoji font would show an empty box. */}
      <svg
        aria-hidden="true"
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
      </svg>
      {unread > 0 && (
        <span className="bell-count" data-testid="notification-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
