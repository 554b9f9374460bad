import type { Db } from './database.ts';
import { subscribe } from './notifications.ts';

/**
 * Values read from the database, remembered between requests while PostgreSQL announces every change to
 * them on a channel (LISTEN/NOTIFY from triggers). An entry belongs to a group (a user, a centre); a notice
 * names the group to forget. Trusted only while all of these hold:
 *  - this process hears the channel (while it does not, nothing is remembered or recalled);
 *  - at most TRUST_MS since the database last said so (a bound even if a notice were lost), and never past
 *    the entry's own end;
 *  - no change was announced while the database was being asked (the ticket taken before the lookup).
 * Values are frozen: every request that recalls one shares it.
 */
export class NoticeCache {
  readonly #entries = new Map<string, { group: string; value: unknown; until: number }>();
  #generation = 0;
  #listening = false;

  /** A mark to pass to `remember`: a change announced after it voids what the lookup read. */
  ticket(): number {
    return this.#generation;
  }

  /** The remembered value under `key`, when it may still be trusted. */
  recall<T>(key: string, now = Date.now()): T | undefined {
    if (!this.#listening) return undefined;
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  /** Keeps `value` of `group` until `until` (ms), unless a change was announced since `ticket`. */
  remember(key: string, group: string, value: unknown, until: number, ticket: number): void {
    if (!this.#listening || ticket !== this.#generation) return;
    this.#entries.delete(key);
    deepFreeze(value);
    this.#entries.set(key, { group, value, until: Math.min(until, Date.now() + TRUST_MS) });
    if (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /** Drops one group's entries (an announced change), or all of them without a group. */
  forget(group?: string): void {
    this.#generation++;
    if (!group) {
      this.#entries.clear();
      return;
    }
    for (const [key, entry] of this.#entries) if (entry.group === group) this.#entries.delete(key);
  }

  /** Whether notices are heard; every switch starts from an empty cache. */
  setListening(listening: boolean): void {
    this.forget();
    this.#listening = listening;
  }
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/** The longest a cache trusts the database's last word without asking again. */
export const TRUST_MS = 60_000;
/**
 * Entries kept per cache, oldest dropped first. Above the country's centres (~13,762): at 10,000, readers
 * going round every centre, as a national load does, dropped each centre's versions before its next ask,
 * and every answer asked the database again. An entry is a few hundred bytes.
 */
const MAX_ENTRIES = 50_000;
const LIVE = new Map<NoticeCache, string>();

/**
 * A cache kept current by `channel` of `db`; `close` stops listening. `SIMPUL_LISTEN=off` gives a cache
 * that never hears, hence never remembers (behind a connection pooler in transaction mode, which breaks
 * LISTEN).
 */
export function openNoticeCache(db: Db, channel: string): { cache: NoticeCache; close(): Promise<void> } {
  const cache = new NoticeCache();
  if (process.env.SIMPUL_LISTEN === 'off') return { cache, close: async () => {} };
  LIVE.set(cache, channel);
  const subscription = subscribe(db, channel, {
    onNotice: (group) => cache.forget(group || undefined),
    onListening: () => cache.setListening(true),
    onDeaf: () => cache.setListening(false),
  });
  return {
    cache,
    close: async () => {
      LIVE.delete(cache);
      await subscription.close();
    },
  };
}

/** Forgets everything the caches of `channel` in this process remember: a write here needs no notice. */
export function forgetAllOn(channel: string): void {
  for (const [cache, heard] of LIVE) if (heard === channel) cache.forget();
}
