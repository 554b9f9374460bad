import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createUser } from '../auth/users.service.ts';
import { createKysely, type Db } from '../db/database.ts';
import { cancelReminders, remind, sweepDueReminders } from './reminders.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

let sequence = 0;
async function user(): Promise<string> {
  sequence += 1;
  return (
    await createUser(database.db, {
      email: `ingat-${sequence}@uji.example`,
      displayName: `Ingat ${sequence}`,
      role: 'viewer',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    })
  ).id;
}

const inbox = (userId: string) =>
  database.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).execute();
const past = () => new Date(Date.now() - 60_000);
const future = () => new Date(Date.now() + 3_600_000);

describe('reminders', () => {
  it('fire once when due, as a notification of every user named, and not before', async () => {
    const [a, b] = [await user(), await user()];
    const center = { type: 'center', id: 'c-due' } as const;
    const dueId = await remind(database.db, [a, b], past(), 'reminder', center, 'reminder.due', {
      title: 'Monitoring',
    });
    await remind(database.db, [a], future(), 'reminder', center, 'reminder.due', { title: 'Nanti' });

    expect((await sweepDueReminders(database.db)).fired).toBeGreaterThanOrEqual(1);
    const got = await inbox(a);
    expect(got.map((n) => n.params)).toEqual([{ title: 'Monitoring' }]);
    expect(await inbox(b)).toHaveLength(1);
    const reminder = await database.db
      .selectFrom('reminders')
      .selectAll()
      .where('id', '=', dueId)
      .executeTakeFirstOrThrow();
    expect(reminder.status).toBe('sent');

    await sweepDueReminders(database.db);
    expect(await inbox(a)).toHaveLength(1);
  });

  it("are cancelled when their object changes state: all of the object's, or those of one kind", async () => {
    const a = await user();
    const closed = { type: 'enterprise', id: 'e-closed' } as const;
    await remind(database.db, [a], past(), 'reminder', closed, 'reminder.due', { title: 'R' });
    await remind(database.db, [a], past(), 'job_result', closed, 'job.finished', { title: 'J' });
    expect(await cancelReminders(database.db, closed, 'reminder')).toBe(1);
    await sweepDueReminders(database.db);
    expect((await inbox(a)).map((n) => n.kind)).toEqual(['job_result']);
    expect(await cancelReminders(database.db, closed)).toBe(0);
  });

  it('fire exactly once under two concurrent sweeps on separate connections', async () => {
    const users = [await user(), await user()];
    const object = { type: 'center', id: 'c-race' } as const;
    for (let i = 0; i < 60; i += 1) {
      await remind(database.db, users, past(), 'reminder', object, 'reminder.due', { title: `R${i}` });
    }
    const other: Db = createKysely(database.url, { applicationName: 'simpul-test-sweep', poolSize: 2 });
    try {
      // Small batches, so the two sweeps interleave over many transactions.
      const [one, two] = await Promise.all([sweepDueReminders(database.db, 5), sweepDueReminders(other, 5)]);
      expect(one.fired + two.fired).toBe(60);
    } finally {
      await other.destroy();
    }
    for (const u of users) {
      const titles = (await inbox(u)).map((n) => n.params.title);
      expect(titles).toHaveLength(60);
      expect(new Set(titles).size).toBe(60);
    }
    const pending = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending' AND due_at <= now()`.execute(
      database.db,
    );
    expect(pending.rows[0]?.n).toBe(0);
  });

  it('refuse an unknown message key and an invalid time', async () => {
    const a = await user();
    await expect(
      remind(database.db, [a], past(), 'reminder', { type: 'center', id: 'x' }, 'nope' as 'reminder.due'),
    ).rejects.toThrow(/unknown message key/);
    await expect(
      remind(database.db, [a], new Date('x'), 'reminder', { type: 'center', id: 'x' }, 'reminder.due'),
    ).rejects.toThrow(/valid date/);
  });
});
