import type { InjectOptions } from 'fastify';
import { notify } from '../../src/notifications/notify.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, next } from './world.ts';

const SIGNED_IN = 'YYYYYYYU';
/** Another user's notification: refused to every role, the admin included (the inbox is personal). */
const NOBODY_ELSE = 'NNNNNNNU';

const center = { type: 'center', id: 'matriks' } as const;

/** A new notification of `userId`. */
async function notificationOf(ctx: TestContext, userId: string): Promise<string> {
  const { notificationIds } = await notify(ctx.db, [userId], 'reminder', center, 'reminder.due', {
    title: 'M',
  });
  return notificationIds[0] as string;
}

/** The caller's own new notification, or (for an anonymous caller) some user's. */
async function ownNotification(ctx: TestContext, headers: Record<string, string>): Promise<string> {
  const me = await ctx.app.inject({ url: '/api/auth/me', headers });
  return notificationOf(ctx, me.statusCode === 200 ? me.json().user.id : await someoneElse(ctx));
}

async function someoneElse(ctx: TestContext): Promise<string> {
  return (
    await adminPost(ctx, '/api/users', {
      email: `kotak-${next()}@uji.example`,
      displayName: 'K',
      role: 'viewer',
    })
  ).id!;
}

const send = (method: InjectOptions['method'], url: string, payload?: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});

/** The inbox and notification choices: one's own only; the out-of-scope object is another user's notification. */
export const NOTIFICATION_MATRIX: Record<string, Rule> = {
  'GET /api/notifications': {
    inScope: SIGNED_IN,
    outOfScope: SIGNED_IN,
    request: async () => send('GET', '/api/notifications'),
  },
  'POST /api/notifications/:id/read': {
    inScope: SIGNED_IN,
    outOfScope: NOBODY_ELSE,
    request: async (ctx, side, world, caller) => {
      const id =
        side === world.in
          ? await ownNotification(ctx, caller.headers)
          : await notificationOf(ctx, await someoneElse(ctx));
      return send('POST', `/api/notifications/${id}/read`);
    },
  },
  'POST /api/notifications/read-all': {
    inScope: SIGNED_IN,
    outOfScope: SIGNED_IN,
    request: async () => send('POST', '/api/notifications/read-all'),
  },
  'GET /api/notification-preferences': {
    inScope: SIGNED_IN,
    outOfScope: SIGNED_IN,
    request: async () => send('GET', '/api/notification-preferences'),
  },
  'PUT /api/notification-preferences': {
    inScope: SIGNED_IN,
    outOfScope: SIGNED_IN,
    request: async () =>
      send('PUT', '/api/notification-preferences', {
        language: 'en',
        channels: {
          reminder: 'email',
          record_change: 'in_app',
          job_result: 'in_app',
          pool: 'in_app',
          partnership: 'in_app',
          conflict_case: 'in_app',
          price_agreement: 'in_app',
        },
      }),
  },
};
