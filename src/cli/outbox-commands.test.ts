import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createUser } from '../auth/users.service.ts';
import { notify } from '../notifications/notify.ts';
import { upsertPreferenceRow } from '../notifications/preferences.repo.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('simpul outbox', () => {
  it('without SMTP, `send` leaves e-mail unsent and `list` says why, in the chosen language', async () => {
    const user = await createUser(database.db, {
      email: 'kotak-keluar@uji.example',
      displayName: 'Kotak',
      role: 'viewer',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    await upsertPreferenceRow(database.db, user.id, 'en', { reminder: 'email' });
    const { outboxIds } = await notify(
      database.db,
      [user.id],
      'reminder',
      { type: 'center', id: 'c1' },
      'reminder.due',
      {
        title: 'Rapat',
      },
    );
    const env = { SIMPUL_SMTP_URL: '', SIMPUL_WEBHOOK_URL: '' };
    const send = await runSimpul(['outbox', 'send'], { databaseUrl: database.url, env });
    expect(send.code, send.stderr).toBe(0);

    const en = await runSimpul(['outbox', 'list', '--lang', 'en'], { databaseUrl: database.url, env });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain(
      `${outboxIds[0]}\temail\tkotak-keluar@uji.example\tnot sent: no SMTP configured`,
    );
    const id = await runSimpul(['outbox', 'list', '--status', 'no_transport'], {
      databaseUrl: database.url,
      env,
    });
    expect(id.stdout).toContain('belum terkirim: SMTP belum diatur');
  });
});
