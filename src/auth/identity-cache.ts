import type { Db } from '../db/database.ts';
import { subscribe } from '../db/notifications.ts';

/**
 * Who a session or API token stands for, remembered between requests so an authenticated read costs no
 * identity query. Trusted only while all of these hold:
 *  - this process hears the `simpul_identity` channel (migration 0009 announces every revocation, expiry,
 *    role, scope, data-access or deactivation change with the user's id), so a change anywhere drops the
 *    user's entries within milliseconds of its commit;
 *  - at most TRUST_MS since the database last said so (a bound even if a notice were lost), and never past
 *    the session's or token's own end (absolute or idle);
 *  - no change was announced while the database was being asked (a ticket per lookup, see `remember`).
 * A write in this process also drops everything at once (`forgetIdentities`), so a logout is final for the
 * very next request. `SIMPUL_IDENTITY_CACHE=off` turns it off (e.g. behind a pooler that breaks LISTEN).
 */
export class IdentityCache {
  readonly #entries = new Map<string, { userId: string; value: unknown; until: number }>();
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

  /** Keeps `value` for `userId` until `until` (ms), unless a change was announced since `ticket`. */
  remember(key: string, userId: string, value: unknown, until: number, ticket: number): void {
    if (!this.#listening || ticket !== this.#generation) return;
    this.#entries.delete(key);
    deepFreeze(value); // shared by every request that recalls it: nobody may change it in place
    this.#entries.set(key, { userId, value, until: Math.min(until, Date.now() + TRUST_MS) });
    if (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /** Drops one user's entries (an announced change), or all of them without a user. */
  forget(userId?: string): void {
    this.#generation++;
    if (!userId) {
      this.#entries.clear();
      return;
    }
    for (const [key, entry] of this.#entries) if (entry.userId === userId) this.#entries.delete(key);
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

/** The longest the cache trusts the database's last word without asking again. */
export const TRUST_MS = 60_000;
const MAX_ENTRIES = 10_000;
const LIVE = new Set<IdentityCache>();

/** A cache kept current by the `simpul_identity` channel of `db`; `close` stops listening. */
export function openIdentityCache(db: Db): { cache: IdentityCache; close(): Promise<void> } {
  const cache = new IdentityCache();
  if (process.env.SIMPUL_IDENTITY_CACHE === 'off') return { cache, close: async () => {} };
  LIVE.add(cache);
  const subscription = subscribe(db, 'simpul_identity', {
    onNotice: (userId) => cache.forget(userId || undefined),
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

/** Forgets every remembered identity in this process: called by the writes that revoke or change one. */
export function forgetIdentities(): void {
  for (const cache of LIVE) cache.forget();
}
