import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { abilitiesFor } from './abilities.ts';
import { SESSION_COOKIE } from './auth.plugin.ts';
import { authenticate } from './login.ts';
import { PUBLIC, requireUser, SIGNED_IN } from './policy.ts';
import { openSession, revokeSession, type SessionPolicy } from './sessions.ts';
import { createToken, listTokens, revokeToken } from './tokens.ts';
import { changeOwnPassword, getUser } from './users.service.ts';

const tags = ['auth'];

/** Sign-in, sign-out, the current user, one's own password and API tokens. */
export async function authRoutes(
  app: SimpulApp,
  { db }: AppDeps,
  policy: SessionPolicy & { loginRateLimitPerMinute: number },
): Promise<void> {
  route(
    app,
    'POST /auth/login',
    {
      access: PUBLIC,
      tags: tags,
      config: {
        csrfExempt: true,
        rateLimit: { max: policy.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const user = await authenticate(db, request.body.email, request.body.password);
      const session = await openSession(db, user.id, policy, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, session.secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: policy.maxHours * 3600,
      });
      const me = await getUser(db, user.id);
      return { user: me, csrfToken: session.csrfToken, abilities: abilitiesFor(me.role, false) };
    },
  );

  route(app, 'POST /auth/logout', { access: SIGNED_IN, tags: tags }, async (request, reply) => {
    if (request.session) await revokeSession(db, request.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  route(app, 'GET /auth/me', { access: SIGNED_IN, tags: tags }, async (request) => {
    const actor = requireUser(request.actor);
    return {
      user: await getUser(db, actor.userId),
      csrfToken: request.session?.csrfToken ?? null,
      abilities: abilitiesFor(actor.role, actor.readOnly),
    };
  });

  route(
    app,
    'POST /auth/password',
    { access: { kind: 'signedIn', write: true }, tags: tags },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      const { currentPassword, newPassword } = request.body;
      await changeOwnPassword(db, actor.userId, currentPassword, newPassword, request.session?.id);
      return reply.status(204).send();
    },
  );

  route(app, 'GET /tokens', { access: SIGNED_IN, tags: tags }, (request) =>
    listTokens(db, requireUser(request.actor).userId),
  );
  route(
    app,
    'POST /tokens',
    { access: { kind: 'signedIn', write: true }, tags: tags },
    async (request, reply) =>
      reply.status(201).send(await createToken(db, requireUser(request.actor).userId, request.body)),
  );
  route(app, 'DELETE /tokens/:id', { access: { kind: 'signedIn', write: true }, tags: tags }, (request) =>
    revokeToken(db, requireUser(request.actor).userId, request.params.id),
  );
}
