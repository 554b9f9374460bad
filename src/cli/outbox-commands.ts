import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const run = () => import('./outbox-actions.ts');

/** `simpul outbox …`: the messages waiting to be (or already) sent by e-mail or webhook. */
export function registerOutboxCommands(program: Command): void {
  const outbox = program.command('outbox').description(
    d({
      id: 'pesan pemberitahuan yang dikirim lewat e-mail atau webhook',
      en: 'notification messages sent by e-mail or webhook',
    }),
  );
  outbox
    .command('list')
    .description(
      d({
        id: 'daftar pesan terbaru dengan statusnya (mis. "belum terkirim: SMTP belum diatur")',
        en: 'list the newest messages with their status (e.g. "not sent: no SMTP configured")',
      }),
    )
    .addOption(
      new Option('--status <status>', d({ id: 'hanya status ini', en: 'only this status' })).choices([
        'pending',
        'sending',
        'sent',
        'no_transport',
        'failed',
      ]),
    )
    .option('--limit <n>', d({ id: 'paling banyak sekian pesan', en: 'at most this many messages' }), '50')
    .option('--json', d({ id: 'satu objek JSON per baris', en: 'one JSON object per line' }))
    .action(lazyAction(run, 'listOutboxCommand'));
  outbox
    .command('send')
    .description(
      d({
        id: 'kirim sekarang pesan yang sudah waktunya (SIMPUL_SMTP_URL, SIMPUL_WEBHOOK_URL)',
        en: 'send the messages that are due now (SIMPUL_SMTP_URL, SIMPUL_WEBHOOK_URL)',
      }),
    )
    .action(lazyAction(run, 'sendOutboxCommand'));
}
