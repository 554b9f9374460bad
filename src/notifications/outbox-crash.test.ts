import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { headerOf, type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { createUser } from '../auth/users.service.ts';
import { notify } from './notify.ts';
import { sendOutboxMessage } from './outbox-send.ts';
import { upsertPreferenceRow } from './preferences.repo.ts';
import { outboxSenders } from './senders.ts';

const CHILD = fileURLToPath(new URL('../../test/outbox-crash-child.ts', import.meta.url));
const LEASE_SECONDS = 2;

let database: TestDatabase;
let sink: SmtpSink;
beforeAll(async () => {
  database = await createTestDatabase();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await database.drop();
});

/** A message queued for a user who wants reminders by e-mail. */
async function queuedMessage(email: string): Promise<string> {
  const user = await createUser(database.db, {
    email,
    displayName: 'Korban',
    role: 'viewer',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  await upsertPreferenceRow(database.db, user.id, 'id', { reminder: 'email' });
  const { outboxIds } = await notify(
    database.db,
    [user.id],
    'reminder',
    { type: 'center', id: 'a1' },
    'reminder.due',
    { title: 'Uji' },
  );
  return outboxIds[0] as string;
}

/** Runs a sender process on `id` and kills it (SIGKILL) the moment the SMTP server has accepted the message. */
async function crashAfterAccept(id: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, database.url, sink.url, id, String(LEASE_SECONDS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (out.includes('accepted')) child.kill('SIGKILL');
  });
  expect(await exited).toBe('SIGKILL');
  expect(out).toContain('accepted');
}

const copiesTo = (email: string) => sink.received.filter((m) => m.to.includes(email));
const row = (id: string) =>
  database.db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('a sender killed after the SMTP server accepted, before marking the message sent', () => {
  it('leaves the message leased; once the lease ends it is sent again, once: at least once, one copy more per crash', async () => {
    const id = await queuedMessage('sekali-lagi@uji.example');
    await crashAfterAccept(id);
    expect(copiesTo('sekali-lagi@uji.example')).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'sending', attempts: 1 });

    const senders = outboxSenders({
      smtpUrl: sink.url,
      mailFrom: 'Simpul <simpul@uji.example>',
      sendTimeoutSeconds: 5,
      publicUrl: 'https://simpul.uji.example',
    });
    // While the dead sender's lease lasts, nobody else takes the message.
    expect(await sendOutboxMessage(database.db, { messageId: id }, senders)).toEqual({ outcome: 'nothing' });
    await sleep(LEASE_SECONDS * 1000 + 300);
    expect(await sendOutboxMessage(database.db, { messageId: id }, senders)).toMatchObject({
      outcome: 'sent',
      attempt: 2,
    });
    expect(await sendOutboxMessage(database.db, { messageId: id }, senders)).toEqual({ outcome: 'nothing' });

    const copies = copiesTo('sekali-lagi@uji.example');
    expect(copies).toHaveLength(2);
    // Both copies carry the same Message-ID, so the receiving side can tell the second for a duplicate.
    expect(new Set(copies.map((c) => headerOf(c.raw, 'Message-ID')))).toEqual(
      new Set([`<${id}@simpul.outbox>`]),
    );
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('never sends more than max_attempts copies, however often senders crash', async () => {
    const id = await queuedMessage('batas@uji.example');
    await database.db.updateTable('outbox_messages').set({ max_attempts: 1 }).where('id', '=', id).execute();
    await crashAfterAccept(id);
    await sleep(LEASE_SECONDS * 1000 + 300);
    const senders = outboxSenders({
      smtpUrl: sink.url,
      mailFrom: 'Simpul <simpul@uji.example>',
      sendTimeoutSeconds: 5,
      publicUrl: 'https://simpul.uji.example',
    });
    expect(await sendOutboxMessage(database.db, { messageId: id }, senders)).toEqual({
      outcome: 'gave_up',
      id,
    });
    expect(copiesTo('batas@uji.example')).toHaveLength(1);
    expect((await row(id)).status).toBe('failed');
  });
});
