import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createUser } from '../auth/users.service.ts';
import { NOTIFICATION_CRONTAB, NOTIFICATION_JOBS, sendOutboxMessageJob, sweepRemindersJob } from './jobs.ts';
import { remind } from './reminders.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('the notifications jobs, as the queue will register them', () => {
  it('have unique names, and the crontab names only them', () => {
    const names = NOTIFICATION_JOBS.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of NOTIFICATION_CRONTAB) expect(names).toContain(entry.job);
  });

  it('refuse a malformed payload through their schema', () => {
    expect(sendOutboxMessageJob.payload.safeParse({ messageId: 'not-an-id' }).success).toBe(false);
    expect(sendOutboxMessageJob.payload.safeParse({ messageId: crypto.randomUUID(), extra: 1 }).success).toBe(
      false,
    );
  });

  it('run as plain functions of (payload, { db }), idempotent when run again', async () => {
    const user = await createUser(database.db, {
      email: 'tugas@uji.example',
      displayName: 'Tugas',
      role: 'viewer',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    await remind(
      database.db,
      [user.id],
      new Date(Date.now() - 1000),
      'reminder',
      { type: 'tokens', id: 'x' },
      'reminder.due',
      {
        title: 'Token kedaluwarsa',
      },
    );
    expect(await sweepRemindersJob.run({}, { db: database.db })).toEqual({ fired: 1 });
    expect(await sweepRemindersJob.run({}, { db: database.db })).toEqual({ fired: 0 });
    const inbox = await database.db
      .selectFrom('notifications')
      .select('object_type')
      .where('user_id', '=', user.id)
      .execute();
    expect(inbox).toEqual([{ object_type: 'tokens' }]);
  });
});
