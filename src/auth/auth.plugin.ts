import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { SimpulApp } from '../http/types.ts';
import { AppError } from '../shared/errors.ts';
import { pickLang, tr, withLang } from '../shared/i18n.ts';
import type { Role } from './actor.ts';
import { type Actor, ANONYMOUS, type UserActor, withActor } from './actor.ts';
import { authMessages as m } from './auth.messages.ts';
import { type IdentityCache, openIdentityCache } from './identity-cache.ts';
import { type Access, checkAccess } from './policy.ts';
import { safeEqual, sha256 } from './secrets.ts';
import { type Holder, type LiveSession, resolveSession, type SessionPolicy } from './sessions.ts';
import { resolveToken } from './tokens.ts';
import { findUserWithScopes } from './users.repo.ts';

export const SESSION_COOKIE = 'simpul_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every `/api` route must declare it (checked at start-up). */
    access?: Access;
    /** Skip the CSRF check (sign-in, which has no session yet). */
    csrfExempt?: boolean;
    /**
     * The route checks a credential of its own (the metrics token in `Authorization`): the caller is not
     * identified as a user, and its bearer token is not taken for an API token.
     */
    ownCredential?: boolean;
  }
  interface FastifyInstance {
    /** Every `/api` route as `METHOD /api/path`, with its declared access (the authorization matrix test reads it). */
    accessRoutes: string[];
  }
  interface FastifyRequest {
    actor: Actor;
    /** The session behind the cookie, when the request came with a live one. */
    session?: LiveSession;
    /** A cookie was sent but its session has ended (expired, revoked, idle). */
    sessionExpired: boolean;
  }
}

/**
 * Identifies every request (session cookie or `Authorization: Bearer` token), runs the rest of the request
 * in that actor's and language's context, enforces CSRF on cookie-authenticated writes, and applies the
 * route's declared access rule before its handler.
 */
export async function installAuth(
  app: SimpulApp,
  db: Db,
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionMaxHours'>,
): Promise<void> {
  const policy: SessionPolicy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const identities = openIdentityCache(db);
  app.addHook('onClose', () => identities.close());
  await app.register(cookie);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', undefined);
  app.decorateRequest('sessionExpired', false);

  const routes: string[] = [];
  app.decorate('accessRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.schema?.hide) return;
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });

  app.addHook('onRequest', (request, reply, done) => {
    const query = request.query as Record<string, unknown> | undefined;
    const lang = pickLang(
      typeof query?.lang === 'string' ? query.lang : undefined,
      request.headers['accept-language'],
    );
    if (query) delete query.lang; // a language choice is not a filter; strict query schemas must not see it
    if (request.routeOptions.config.ownCredential) {
      request.actor = ANONYMOUS;
      withLang(lang, done);
      return;
    }
    withLang(lang, () => {
      identify(db, identities.cache, policy, request, reply).then(
        (actor) => {
          request.actor = actor;
          withActor(actor, done, request.id);
        },
        (error: Error) => {
          request.actor = ANONYMOUS;
          done(error);
        },
      );
    });
  });

  // Before validation, so an anonymous or forbidden caller learns nothing from the body's error messages.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // non-API routes (docs assets) and hidden ones
    checkAccess(request.actor, access, request.sessionExpired);
    if (request.session && !SAFE_METHODS.has(request.method) && !request.routeOptions.config.csrfExempt) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, request.session.csrfToken)) {
        throw new AppError('forbidden', tr(m.csrf));
      }
    }
  });
}

/** What the database says about a secret, remembered in `cache` while it may be trusted. */
async function throughCache<T extends { holder: Holder; endsAt: number | null }>(
  cache: IdentityCache,
  key: string,
  lookUp: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const known = cache.recall<T>(key);
  if (known) return known;
  const ticket = cache.ticket();
  const found = await lookUp();
  if (found)
    cache.remember(key, found.holder.userId, found, found.endsAt ?? Number.POSITIVE_INFINITY, ticket);
  return found;
}

async function identify(
  db: Db,
  cache: IdentityCache,
  policy: SessionPolicy,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Actor> {
  const header = request.headers.authorization;
  if (header) {
    const [scheme, secret] = header.split(' ');
    const token =
      scheme?.toLowerCase() === 'bearer' && secret
        ? await throughCache(cache, `token:${sha256(secret)}`, () => resolveToken(db, secret))
        : undefined;
    if (!token) throw new AppError('unauthorized', tr(m.badToken));
    return userActor(token.holder, { via: 'token', tokenId: token.id, readOnly: token.access === 'read' });
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return ANONYMOUS;
  const session = await throughCache(cache, `session:${sha256(secret)}`, () =>
    resolveSession(db, secret, policy),
  );
  if (!session) {
    request.sessionExpired = true;
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return ANONYMOUS;
  }
  request.session = session;
  return userActor(session.holder, { via: 'session', sessionId: session.id, readOnly: false });
}

/** Builds the actor of a user (with scopes) for a session, token or CLI command. */
export async function loadUserActor(
  db: Db,
  userId: string,
  how: Pick<UserActor, 'via' | 'sessionId' | 'tokenId' | 'readOnly'>,
): Promise<Actor> {
  const found = await findUserWithScopes(db, userId);
  if (!found?.user.active) return ANONYMOUS;
  const { user, scopes } = found;
  return userActor(
    {
      userId: user.id,
      email: user.email,
      role: user.role as Role,
      scopes,
      personalDataAccess: user.personal_data_access,
    },
    how,
  );
}

/** The actor of a session's or token's holder (read with it, in one query). */
function userActor(
  holder: Holder,
  how: Pick<UserActor, 'via' | 'sessionId' | 'tokenId' | 'readOnly'>,
): Actor {
  return { kind: 'user', ...holder, ...how };
}
