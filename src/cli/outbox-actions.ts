// The actions of `simpul outbox …`, loaded when one runs (outbox-commands.ts registers them).
import type { OutboxStatus } from '../notifications/notifications.constants.ts';
import { listOutbox } from '../notifications/outbox.service.ts';
import { sendDueOutbox } from '../notifications/outbox-send.ts';
import { outboxSenders } from '../notifications/senders.ts';
import { say } from './action.ts';
import { CLI_LANG, words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

/** `simpul outbox list`: one line per message, newest first. */
export async function listOutboxCommand(options: {
  status?: OutboxStatus;
  limit: string;
  json?: boolean;
}): Promise<void> {
  await withDatabase(async ({ db }) => {
    const entries = await listOutbox(db, { status: options.status, limit: Number(options.limit) }, CLI_LANG);
    for (const e of entries) {
      if (options.json) process.stdout.write(`${JSON.stringify(e)}\n`);
      else
        process.stdout.write(
          `${e.id}\t${e.channel}\t${e.recipient}\t${e.statusLabel}\t${e.attempts}\t${e.subject}\n`,
        );
    }
    say(words({ id: '{n} pesan ditampilkan', en: '{n} messages shown' }, { n: entries.length }));
  });
}

/** `simpul outbox send`: sends what is due with the configured SMTP server and webhook. */
export async function sendOutboxCommand(): Promise<void> {
  await withDatabase(async ({ db }, config) => {
    const result = await sendDueOutbox(db, outboxSenders(config), 1000);
    say(words({ id: '{sent} terkirim, {failed} gagal', en: '{sent} sent, {failed} failed' }, result));
  });
}
