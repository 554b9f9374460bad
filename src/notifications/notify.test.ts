import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createUser } from '../auth/users.service.ts';
import { notify } from './notify.ts';
import { upsertPreferenceRow } from './preferences.repo.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

let sequence = 0;
async function user(active = true): Promise<string> {
  sequence += 1;
  const created = await createUser(database.db, {
    email: `pemberitahuan-${sequence}@uji.example`,
    displayName: `Penerima ${sequence}`,
    role: 'viewer',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  if (!active) {
    await database.db.updateTable('users').set({ active: false }).where('id', '=', created.id).execute();
  }
  return created.id;
}

const center = { type: 'center', id: '5b1d2f4e-0000-4000-8000-000000000001' } as const;

describe('notify()', () => {
  it('writes one inbox row per active user, and outbox messages only as each user chose, in their language', async () => {
    const [inAppOnly, byEmail, byWebhook, gone] = [
      await user(),
      await user(),
      await user(),
      await user(false),
    ];
    await upsertPreferenceRow(database.db, byEmail, 'en', { reminder: 'email' });
    await upsertPreferenceRow(database.db, byWebhook, 'id', { reminder: 'webhook', job_result: 'email' });

    const result = await notify(
      database.db,
      [inAppOnly, byEmail, byWebhook, gone, byEmail],
      'reminder',
      center,
      'reminder.due',
      { title: 'Rapat pengurus' },
    );

    expect(result.notificationIds).toHaveLength(3);
    const inbox = await database.db
      .selectFrom('notifications')
      .selectAll()
      .where('id', 'in', result.notificationIds)
      .execute();
    expect(inbox.map((n) => n.user_id).sort()).toEqual([inAppOnly, byEmail, byWebhook].sort());
    expect(inbox[0]).toMatchObject({ kind: 'reminder', object_type: 'center', object_id: center.id });
    expect(inbox[0]?.params).toEqual({ title: 'Rapat pengurus' });

    const outbox = await database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('id', 'in', result.outboxIds)
      .execute();
    const byUser = new Map(outbox.map((m) => [m.user_id, m]));
    expect(outbox).toHaveLength(2);
    expect(byUser.get(byEmail)).toMatchObject({
      channel: 'email',
      language: 'en',
      subject: 'Reminder: Rapat pengurus',
      link: `/sentra/${center.id}`,
      status: 'pending',
      recipient: `pemberitahuan-2@uji.example`,
    });
    expect(byUser.get(byWebhook)).toMatchObject({
      channel: 'webhook',
      language: 'id',
      subject: 'Pengingat: Rapat pengurus',
    });
    // One send job per message, queued with it, so it leaves within seconds rather than at the next sweep.
    const { rows: jobs } = await sql<{ message: string }>`
      SELECT j.payload->>'messageId' AS message FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'notifications.send-outbox-message'`.execute(database.db);
    expect(jobs.map((j) => j.message).sort()).toEqual([...result.outboxIds].sort());
  });

  it("commits or rolls back with the caller's transaction", async () => {
    const someone = await user();
    await database.db
      .transaction()
      .execute(async (trx) => {
        await notify(trx, [someone], 'record_change', center, 'record.changed', {
          name: 'Sentra A',
          by: 'admin',
        });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    const rows = await database.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', someone)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses an unknown message key, kind or object type before writing anything', async () => {
    const someone = await user();
    await expect(
      notify(database.db, [someone], 'reminder', center, 'no.such' as 'reminder.due'),
    ).rejects.toThrow(/unknown message key/);
    await expect(
      notify(database.db, [someone], 'nope' as 'reminder', center, 'reminder.due'),
    ).rejects.toThrow(/unknown notification kind/);
    await expect(
      notify(database.db, [someone], 'reminder', { type: 'planet' as 'center', id: 'x' }, 'reminder.due'),
    ).rejects.toThrow();
    const rows = await database.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', someone)
      .execute();
    expect(rows).toEqual([]);
  });
});
