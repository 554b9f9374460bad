import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { headerOf, type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { createUser } from '../auth/users.service.ts';
import { notify } from './notify.ts';
import { OutboxSendError, sendDueOutbox, sendOutboxMessage } from './outbox-send.ts';
import { upsertPreferenceRow } from './preferences.repo.ts';
import { outboxSenders, type SendConfig } from './senders.ts';

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

const base: SendConfig = {
  mailFrom: 'Simpul <simpul@uji.example>',
  sendTimeoutSeconds: 2,
  publicUrl: 'https://simpul.uji.example',
};
const enterprise = { type: 'enterprise', id: '7c0a7c1e-0000-4000-8000-000000000002' } as const;

let sequence = 0;
/** A user who wants reminders by e-mail, in `language`; returns their id and address. */
async function emailUser(language: 'id' | 'en'): Promise<{ id: string; email: string }> {
  sequence += 1;
  const email = `surat-${sequence}@uji.example`;
  const created = await createUser(database.db, {
    email,
    displayName: `Surat ${sequence}`,
    role: 'viewer',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  await upsertPreferenceRow(database.db, created.id, language, { reminder: 'email', job_result: 'webhook' });
  return { id: created.id, email };
}

const status = async (id: string) =>
  database.db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** The text of a quoted-printable body, soft line breaks joined. */
const bodyOf = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

describe('the outbox sender', () => {
  it('sends real mail over SMTP: to the user, subject in their language, with the link to the object', async () => {
    sink.mode = 'accept';
    const english = await emailUser('en');
    const indonesian = await emailUser('id');
    const { outboxIds } = await notify(
      database.db,
      [english.id, indonesian.id],
      'reminder',
      enterprise,
      'reminder.due',
      {
        title: 'Laporan tahunan',
      },
    );
    const senders = outboxSenders({ ...base, smtpUrl: sink.url });
    for (const id of outboxIds) {
      expect(await sendOutboxMessage(database.db, { messageId: id }, senders)).toMatchObject({
        outcome: 'sent',
      });
    }
    const toEnglish = sink.received.find((m) => m.to.includes(english.email));
    const toIndonesian = sink.received.find((m) => m.to.includes(indonesian.email));
    expect(headerOf(toEnglish?.raw ?? '', 'Subject')).toBe('Reminder: Laporan tahunan');
    expect(headerOf(toIndonesian?.raw ?? '', 'Subject')).toBe('Pengingat: Laporan tahunan');
    expect(bodyOf(toEnglish?.raw ?? '')).toContain(`https://simpul.uji.example/ikm/${enterprise.id}`);
    expect(headerOf(toEnglish?.raw ?? '', 'Message-ID')).toBe(`<${outboxIds[0]}@simpul.outbox>`);
    expect((await status(outboxIds[0] as string)).status).toBe('sent');

    // Sent is final: the same job run again sends nothing.
    const before = sink.received.length;
    expect(await sendOutboxMessage(database.db, { messageId: outboxIds[0] }, senders)).toEqual({
      outcome: 'nothing',
    });
    expect(sink.received.length).toBe(before);

    // Messages and their sending are in the audit trail.
    const trail = await database.db
      .selectFrom('audit_entries')
      .select(['action', 'after'])
      .where('entity_type', '=', 'outbox_messages')
      .where('entity_id', '=', outboxIds[0] as string)
      .orderBy('id')
      .execute();
    expect(trail.map((e) => [e.action, (e.after as { status: string }).status])).toEqual([
      ['insert', 'pending'],
      ['update', 'sending'],
      ['update', 'sent'],
    ]);
  });

  it('without SMTP configured, parks e-mail as "not sent: no SMTP configured" and sends it once SMTP is set', async () => {
    sink.mode = 'accept';
    const someone = await emailUser('en');
    const { outboxIds } = await notify(database.db, [someone.id], 'reminder', enterprise, 'reminder.due', {
      title: 'X',
    });
    const id = outboxIds[0] as string;
    expect(await sendOutboxMessage(database.db, { messageId: id }, outboxSenders(base))).toEqual({
      outcome: 'nothing',
    });
    expect((await status(id)).status).toBe('no_transport');

    await sendDueOutbox(database.db, outboxSenders({ ...base, smtpUrl: sink.url }));
    expect((await status(id)).status).toBe('sent');
    expect(sink.received.some((m) => m.to.includes(someone.email))).toBe(true);
  });

  it('a refusing server: the attempt is recorded, a clear error thrown, and other messages still go out', async () => {
    const refused = await emailUser('id');
    const { outboxIds } = await notify(database.db, [refused.id], 'reminder', enterprise, 'reminder.due', {
      title: 'Y',
    });
    const id = outboxIds[0] as string;
    const senders = outboxSenders({ ...base, smtpUrl: sink.url });
    sink.mode = 'refuse';
    const error = await sendOutboxMessage(database.db, { messageId: id }, senders).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboxSendError);
    expect((error as Error).message).toMatch(
      new RegExp(`email message ${id} to ${refused.email} not sent \\(attempt 1 of 5\\).*550`),
    );
    const after = await status(id);
    expect(after).toMatchObject({ status: 'pending', attempts: 1 });
    expect(after.last_error).toMatch(/550/);
    expect(after.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // The failed one waits for its retry time; the sweep sends the next message meanwhile.
    sink.mode = 'accept';
    const other = await emailUser('en');
    await notify(database.db, [other.id], 'reminder', enterprise, 'reminder.due', { title: 'Z' });
    expect(await sendDueOutbox(database.db, senders)).toEqual({ sent: 1, failed: 0 });
    expect(sink.received.some((m) => m.to.includes(other.email))).toBe(true);
    expect((await status(id)).status).toBe('pending');

    // The queue's retry (by id) sends it now that the server accepts.
    expect(await sendOutboxMessage(database.db, { messageId: id }, senders)).toMatchObject({
      outcome: 'sent',
      attempt: 2,
    });
  });

  it('a hanging server: the send times out and fails that message only', async () => {
    const hanging = await startSmtpSink();
    hanging.mode = 'hang';
    const someone = await emailUser('en');
    const { outboxIds } = await notify(database.db, [someone.id], 'reminder', enterprise, 'reminder.due', {
      title: 'H',
    });
    const started = Date.now();
    const error = await sendOutboxMessage(
      database.db,
      { messageId: outboxIds[0] },
      outboxSenders({ ...base, smtpUrl: hanging.url, sendTimeoutSeconds: 1 }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboxSendError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await status(outboxIds[0] as string)).status).toBe('pending');
    void hanging.close();
  });

  it('posts webhook messages as JSON with the outbox id as idempotency key', async () => {
    const posts: { headers: IncomingMessage['headers']; body: unknown }[] = [];
    const server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      request.on('end', () => {
        posts.push({ headers: request.headers, body: JSON.parse(text) });
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway`;
    try {
      const someone = await emailUser('en');
      const { outboxIds } = await notify(
        database.db,
        [someone.id],
        'job_result',
        enterprise,
        'job.finished',
        {
          title: 'Ekspor Jawa Barat',
        },
      );
      const result = await sendOutboxMessage(
        database.db,
        { messageId: outboxIds[0] },
        outboxSenders({ ...base, webhookUrl: url }),
      );
      expect(result).toMatchObject({ outcome: 'sent' });
      expect(posts).toHaveLength(1);
      expect(posts[0]?.headers['idempotency-key']).toBe(outboxIds[0]);
      expect(posts[0]?.body).toMatchObject({
        userId: someone.id,
        language: 'en',
        subject: 'Finished: Ekspor Jawa Barat',
        link: `https://simpul.uji.example/ikm/${enterprise.id}`,
      });
    } finally {
      server.close();
    }
  });
});
