import { describe, expect, it } from 'vitest';
import { type AuthHeaders, useTestApp } from '../../test/app.ts';
import { notify } from './notify.ts';

const ctx = useTestApp();

async function userIdOf(headers: AuthHeaders): Promise<string> {
  return (await ctx.app.inject({ url: '/api/auth/me', headers })).json().user.id as string;
}

const center = { type: 'center', id: '0b6f1b9e-0000-4000-8000-000000000003' } as const;

describe('the inbox API', () => {
  it("lists one's own notifications, newest first, paged, with the unread count, in the request's language", async () => {
    const me = await ctx.as('researcher');
    const other = await ctx.as('viewer');
    const [mine, theirs] = [await userIdOf(me), await userIdOf(other)];
    for (const title of ['Satu', 'Dua', 'Tiga']) {
      await notify(ctx.db, [mine], 'reminder', center, 'reminder.due', { title });
    }
    await notify(ctx.db, [theirs], 'reminder', center, 'reminder.due', { title: 'Bukan milikmu' });

    const page = await ctx.app.inject({ url: '/api/notifications?limit=2&lang=en', headers: me });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body).toMatchObject({ total: 3, unread: 3, limit: 2, offset: 0 });
    expect(body.items.map((n: { subject: string }) => n.subject)).toEqual([
      'Reminder: Tiga',
      'Reminder: Dua',
    ]);
    expect(body.items[0]).toMatchObject({ link: `/sentra/${center.id}`, object: center, readAt: null });

    const indonesian = (
      await ctx.app.inject({ url: '/api/notifications?offset=2&lang=id', headers: me })
    ).json();
    expect(indonesian.items.map((n: { subject: string }) => n.subject)).toEqual(['Pengingat: Satu']);
  });

  it('marks one read (only its owner may: another user gets a 403, an unknown id a 404), then all', async () => {
    const me = await ctx.as('regional_officer', { regions: ['32'] });
    const other = await ctx.as('viewer', {}, { personalDataAccess: true });
    const [mine, theirs] = [await userIdOf(me), await userIdOf(other)];
    const { notificationIds: own } = await notify(ctx.db, [mine], 'record_change', center, 'record.changed', {
      name: 'Sentra Sepatu',
      by: 'Dinas',
    });
    await notify(ctx.db, [mine], 'reminder', center, 'reminder.due', { title: 'Lain' });
    const { notificationIds: foreign } = await notify(ctx.db, [theirs], 'reminder', center, 'reminder.due', {
      title: 'X',
    });

    const read = await ctx.app.inject({
      method: 'POST',
      url: `/api/notifications/${own[0]}/read`,
      headers: me,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await ctx.app.inject({ url: '/api/notifications', headers: me })).json().unread).toBe(1);

    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/notifications/${foreign[0]}/read`,
      headers: me,
    });
    expect(refused.statusCode).toBe(403);
    const stillUnread = await ctx.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', foreign[0] as string)
      .executeTakeFirstOrThrow();
    expect(stillUnread.read_at).toBeNull();
    // Not even an admin reads or marks another user's inbox.
    expect(
      (await ctx.app.inject({ method: 'POST', url: `/api/notifications/${foreign[0]}/read` })).statusCode,
    ).toBe(403);
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/notifications/00000000-0000-4000-8000-000000000000/read',
      headers: me,
    });
    expect(unknown.statusCode).toBe(404);

    const all = await ctx.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: me });
    expect(all.json()).toEqual({ updated: 1 });
    expect((await ctx.app.inject({ url: '/api/notifications', headers: other })).json().unread).toBe(1);
  });

  it("keeps each user's choices: defaults, then what they set; a bad choice names the field", async () => {
    const me = await ctx.as('ministry');
    const defaults = await ctx.app.inject({ url: '/api/notification-preferences', headers: me });
    expect(defaults.json()).toEqual({
      language: 'id',
      channels: {
        reminder: 'in_app',
        record_change: 'in_app',
        job_result: 'in_app',
        pool: 'in_app',
        partnership: 'in_app',
        conflict_case: 'in_app',
        price_agreement: 'in_app',
      },
    });
    const chosen = {
      language: 'en',
      channels: {
        reminder: 'email',
        record_change: 'in_app',
        job_result: 'webhook',
        pool: 'email',
        partnership: 'in_app',
        conflict_case: 'in_app',
        price_agreement: 'in_app',
      },
    };
    const saved = await ctx.app.inject({
      method: 'PUT',
      url: '/api/notification-preferences',
      headers: me,
      payload: chosen,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual(chosen);
    expect((await ctx.app.inject({ url: '/api/notification-preferences', headers: me })).json()).toEqual(
      chosen,
    );

    const bad = await ctx.app.inject({
      method: 'PUT',
      url: '/api/notification-preferences?lang=en',
      headers: me,
      payload: { ...chosen, channels: { ...chosen.channels, reminder: 'pigeon' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('Reminders');

    // A read-only token may read the inbox but not change it.
    const readOnly = await ctx.as('viewer', {}, { access: 'read' });
    expect((await ctx.app.inject({ url: '/api/notifications', headers: readOnly })).statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: readOnly }))
        .statusCode,
    ).toBe(403);
  });
});
