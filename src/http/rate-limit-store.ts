import { createHmac } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/database.ts';
import { countHit, deleteEndedWindows } from './rate-limit.repo.ts';

/** How often a process sweeps ended windows out of the table (each process; the DELETE is idempotent). */
const SWEEP_EVERY_MS = 5 * 60_000;
/** The `@fastify/rate-limit` default window, for a limiter that names none. */
const DEFAULT_WINDOW_MS = 60_000;

/** What `@fastify/rate-limit` passes a store's `child`: its types say route options, it sends merged params. */
type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0];
/** The route the merged params name (absent for a limiter made by `fastify.rateLimit()`). */
type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } };

/**
 * A `@fastify/rate-limit` store that counts in PostgreSQL (`rate_limit_windows`), so every app process on
 * the database shares one budget per client: behind a proxy with two processes an attacker gets the
 * sign-in attempts of one, not two. Windows behave as the plugin's in-memory store: fixed, starting at a
 * client's first hit. A route's own limit (sign-in) counts under the route's name, apart from the API's.
 * Keys are stored as an HMAC under `secret` (the installation's pseudonym key): the table never holds a
 * client's address, session or token id, which the anonymous case-report routes promise.
 */
export function postgresRateLimitStore(db: Db, secret: string): FastifyRateLimitStoreCtor {
  let sweptAt = Date.now();
  const sweep = () => {
    if (Date.now() - sweptAt < SWEEP_EVERY_MS) return;
    sweptAt = Date.now();
    // Best effort and off the request's path: a failed sweep is retried at the next one.
    deleteEndedWindows(db, DEFAULT_WINDOW_MS).catch(() => {});
  };

  class PostgresStore implements FastifyRateLimitStore {
    readonly prefix: string;
    constructor(_options?: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow?: number,
    ): void {
      sweep();
      const stored = createHmac('sha256', secret)
        .update(`rate-limit:${this.prefix}${key}`)
        .digest('base64url');
      countHit(db, stored, timeWindow ?? DEFAULT_WINDOW_MS).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: ChildOptions): FastifyRateLimitStore {
      const { method, url } = (routeOptions as ChildOptions & RouteInfo).routeInfo ?? {};
      const route = url ? `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${url}|` : '';
      return new PostgresStore(undefined, this.prefix + route);
    }
  }
  return PostgresStore;
}
