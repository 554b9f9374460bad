/**
 * Which database a lag-tolerant read uses. With a replica (`DATABASE_REPLICA_URL`), the routes that call
 * `readDb` read from it, except for a client that wrote in the last few seconds: its reads go to the
 * primary, so it always sees its own writes (read-your-writes). A write marks the client twice: a cookie
 * (a browser, whichever app process it reaches next) and, in this process, its token or session (an API
 * client without cookies). Every other route, and every write, uses the primary.
 */
import type { Db } from '../db/database.ts';
import type { AppDeps, SimpulApp } from './types.ts';

/** The cookie a write sets: its presence sends the client's reads to the primary until it expires. */
export const WROTE_COOKIE = 'simpul_wrote';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Above this many marked clients, expired marks are swept on the next write. */
const SWEEP_ABOVE = 10_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** The client wrote recently: lag-tolerant reads go to the primary all the same. */
    readsPrimary: boolean;
  }
}

/** The key of the request's client for the in-process marks: its API token or its session. */
function clientKey(request: {
  actor: { kind: string; tokenId?: string; sessionId?: string };
}): string | undefined {
  const { actor } = request;
  if (actor.kind !== 'user') return undefined;
  return actor.tokenId
    ? `token:${actor.tokenId}`
    : actor.sessionId
      ? `session:${actor.sessionId}`
      : undefined;
}

/** Marks writers and routes their next reads to the primary; does nothing without a replica. */
export function installReadAfterWrite(app: SimpulApp, deps: AppDeps, seconds: number): void {
  app.decorateRequest('readsPrimary', false);
  if (!deps.dbRead || deps.dbRead === deps.db) return;
  const marks = new Map<string, number>();
  app.addHook('preHandler', async (request) => {
    const key = clientKey(request);
    request.readsPrimary =
      request.cookies[WROTE_COOKIE] !== undefined ||
      (key !== undefined && (marks.get(key) ?? 0) > Date.now());
  });
  app.addHook('onSend', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || reply.statusCode >= 400 || seconds === 0) return;
    reply.setCookie(WROTE_COOKIE, '1', { path: '/api', maxAge: seconds, httpOnly: true, sameSite: 'lax' });
    const key = clientKey(request);
    if (key === undefined) return;
    const now = Date.now();
    if (marks.size > SWEEP_ABOVE) for (const [k, until] of marks) if (until <= now) marks.delete(k);
    marks.set(key, now + seconds * 1000);
  });
}

/** The database for a read that may lag: the replica, unless there is none or the client wrote recently. */
export function readDb(deps: AppDeps, request: { readsPrimary: boolean }): Db {
  return deps.dbRead && !request.readsPrimary ? deps.dbRead : deps.db;
}
