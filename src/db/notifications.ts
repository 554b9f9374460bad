import pg from 'pg';
import { type Db, ownConnectionSettings } from './database.ts';
import { newClient } from './multi-host.ts';

/** What a subscriber hears: each notice, and when the channel starts and stops being heard. */
export interface ChannelHandlers {
  onNotice(payload: string): void;
  /** LISTEN is in place: from now on every committed notice arrives. */
  onListening(): void;
  /** The session is gone (or never came): notices may be missed until `onListening` again. */
  onDeaf(): void;
}

/** A running subscription; `close` ends it for good. */
export interface Subscription {
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

/**
 * Listens on a PostgreSQL channel over a connection of its own beside `db`'s pool, and reconnects with a
 * growing pause when the session ends (a restart, an administrator, a network cut). Whoever relies on the
 * notices must treat the time between `onDeaf` and `onListening` as "anything may have changed".
 */
export function subscribe(db: Db, channel: string, handlers: ChannelHandlers): Subscription {
  const settings = ownConnectionSettings(db);
  let client: pg.Client | undefined;
  let closed = false;
  let pause = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;

  const lost = (gone: pg.Client) => {
    if (client !== gone) return;
    client = undefined;
    handlers.onDeaf();
    gone.end().catch(() => {});
    if (closed) return;
    timer = setTimeout(connect, pause);
    timer.unref();
    pause = Math.min(pause * 2, LAST_RETRY_MS);
  };

  const connect = async () => {
    if (closed || !settings) return;
    const next = newClient(settings);
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (notice) => {
      if (notice.channel === channel) handlers.onNotice(notice.payload ?? '');
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (client !== next || closed) return;
      pause = FIRST_RETRY_MS;
      handlers.onListening();
    } catch {
      lost(next);
    }
  };

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = undefined;
      if (last) {
        handlers.onDeaf();
        await last.end().catch(() => {});
      }
    },
  };
}
