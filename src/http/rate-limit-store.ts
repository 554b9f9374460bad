import { createHmac } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/database.ts';
import { countHit, deleteEndedWindows, type WindowHits } from './rate-limit.repo.ts';

/** How often a process sweeps ended windows out of the table (each process; the DELETE is idempotent). */
const SWEEP_EVERY_MS = 5 * 60_000;
/** The `@fastify/rate-limit` default window, for a limiter that names none. */
const DEFAULT_WINDOW_MS = 60_000;
/** Past this many clients, the process's own windows are swept of ended ones. */
const LOCAL_SWEEP_SIZE = 10_000;

/** What `@fastify/rate-limit` passes a store's `child`: its types say route options, it sends merged params. */
type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0];
/** The route the merged params name (absent for a limiter made by `fastify.rateLimit()`). */
type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } };

/**
 * The rate limit's store for `@fastify/rate-limit`. A route's own, security limit (sign-in, the anonymous
 * case report) counts in PostgreSQL (`rate_limit_windows`), so every app process shares one budget per
 * client: behind a proxy with two processes an attacker gets the sign-in attempts of one, not two. The
 * API-wide limit (an overload guard, checked on every request) counts in this process's memory: N
 * processes allow N times it, and no request pays a database round trip for it (design-choices.md).
 * Windows behave as the plugin's memory store: fixed, from a client's first hit. Keys go to the table as
 * an HMAC under `secret` (the installation's pseudonym key), never as an address, session or token id.
 */
export function rateLimitStore(db: Db, secret: string): FastifyRateLimitStoreCtor {
  let sweptAt = Date.now();
  const sweep = () => {
    if (Date.now() - sweptAt < SWEEP_EVERY_MS) return;
    sweptAt = Date.now();
    // Best effort and off the request's path: a failed sweep is retried at the next one.
    deleteEndedWindows(db, DEFAULT_WINDOW_MS).catch(() => {});
  };
  const shared = (route: string) => (key: string, windowMs: number) => {
    sweep();
    return countHit(
      db,
      createHmac('sha256', secret).update(`rate-limit:${route}${key}`).digest('base64url'),
      windowMs,
    );
  };

  class Store implements FastifyRateLimitStore {
    readonly count: (key: string, windowMs: number) => Promise<WindowHits>;
    constructor(_options?: unknown, count?: (key: string, windowMs: number) => Promise<WindowHits>) {
      this.count = count ?? processWindows();
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow?: number,
    ): void {
      this.count(key, timeWindow ?? DEFAULT_WINDOW_MS).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: ChildOptions): FastifyRateLimitStore {
      const { method, url } = (routeOptions as ChildOptions & RouteInfo).routeInfo ?? {};
      const route = `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${url ?? ''}|`;
      return new Store(undefined, shared(route));
    }
  }
  return Store;
}

/** Fixed windows counted in this process only (the API-wide limit). */
function processWindows(): (key: string, windowMs: number) => Promise<WindowHits> {
  const windows = new Map<string, { hits: number; resetsAt: number }>();
  return async (key, windowMs) => {
    const now = Date.now();
    if (windows.size > LOCAL_SWEEP_SIZE) {
      for (const [k, w] of windows) if (w.resetsAt <= now) windows.delete(k);
    }
    let window = windows.get(key);
    if (!window || window.resetsAt <= now) {
      window = { hits: 0, resetsAt: now + windowMs };
      windows.set(key, window);
    }
    window.hits += 1;
    return { hits: window.hits, ttlMs: window.resetsAt - now };
  };
}
