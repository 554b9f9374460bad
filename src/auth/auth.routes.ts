import { z } from 'zod';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { abilitiesFor } from './abilities.ts';
import { SESSION_COOKIE } from './auth.plugin.ts';
import { authenticate } from './login.ts';
import { PUBLIC, requireUser, SIGNED_IN } from './policy.ts';
import { openSession, revokeSession, type SessionPolicy } from './sessions.ts';
import {
  CreatedTokenSchema,
  createToken,
  listTokens,
  revokeToken,
  TokenCreateSchema,
  TokenSchema,
} from './tokens.ts';
import { LoginSchema, MeSchema, PasswordChangeSchema } from './users.schema.ts';
import { changeOwnPassword, getUser } from './users.service.ts';

const tags = ['auth'];

/** Sign-in, sign-out, the current user, one's own password and API tokens. */
export async function authRoutes(
  app: SimpulApp,
  { db }: AppDeps,
  policy: SessionPolicy & { loginRateLimitPerMinute: number },
): Promise<void> {
  app.post(
    '/auth/login',
    {
      schema: { tags, body: LoginSchema, response: { 200: MeSchema } },
      config: {
        access: PUBLIC,
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

  app.post('/auth/logout', { schema: { tags }, config: { access: SIGNED_IN } }, async (request, reply) => {
    if (request.session) await revokeSession(db, request.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get(
    '/auth/me',
    { schema: { tags, response: { 200: MeSchema } }, config: { access: SIGNED_IN } },
    async (request) => {
      const actor = requireUser(request.actor);
      return {
        user: await getUser(db, actor.userId),
        csrfToken: request.session?.csrfToken ?? null,
        abilities: abilitiesFor(actor.role, actor.readOnly),
      };
    },
  );

  app.post(
    '/auth/password',
    { schema: { tags, body: PasswordChangeSchema }, config: { access: { kind: 'signedIn', write: true } } },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      const { currentPassword, newPassword } = request.body;
      await changeOwnPassword(db, actor.userId, currentPassword, newPassword, request.session?.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/tokens',
    { schema: { tags, response: { 200: z.array(TokenSchema) } }, config: { access: SIGNED_IN } },
    (request) => listTokens(db, requireUser(request.actor).userId),
  );
  app.post(
    '/tokens',
    {
      schema: { tags, body: TokenCreateSchema, response: { 201: CreatedTokenSchema } },
      config: { access: { kind: 'signedIn', write: true } },
    },
    async (request, reply) =>
      reply.status(201).send(await createToken(db, requireUser(request.actor).userId, request.body)),
  );
  app.delete(
    '/tokens/:id',
    {
      schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: TokenSchema } },
      config: { access: { kind: 'signedIn', write: true } },
    },
    (request) => revokeToken(db, requireUser(request.actor).userId, request.params.id),
  );
}
