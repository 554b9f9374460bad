import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';
import { registerRequestWriteCommands } from './requests-write-commands.ts';

const load = () => import('./requests-actions.ts');
const json = () =>
  ['--json', d({ id: 'cetak sebagai JSON di stdout', en: 'print as JSON on stdout' })] as const;
const asUser = () =>
  [
    '--as <email>',
    d({
      id: 'bertindak sebagai pengguna ini (haknya diperiksa seperti di web)',
      en: 'act as this user (their rights are checked as on the web)',
    }),
  ] as const;

/**
 * `simpul requests list|show|publish|review|close|cancel|award|confirm` and the writing steps of
 * requests-write-commands.ts: requests for quotation / order sharing.
 */
export function registerRequestCommands(program: Command): void {
  const requests = program
    .command('requests')
    .description(
      d({ id: 'permintaan penawaran dan oper pesanan', en: 'requests for quotation and order sharing' }),
    );
  requests
    .command('list')
    .description(
      d({
        id: 'daftar permintaan: id, status, produk, jumlah, batas waktu',
        en: 'list requests: id, status, product, quantity, deadlines',
      }),
    )
    .option(
      '--status <status>',
      d({
        id: 'hanya berstatus ini (draft, open, closed, …)',
        en: 'only with this status (draft, open, closed, …)',
      }),
    )
    .option(
      '--center <id>',
      d({ id: 'hanya yang ditujukan ke sentra ini', en: 'only those aimed at this centre' }),
    )
    .option(...asUser())
    .option(...json())
    .action(lazyAction(load, 'listCommand'));
  requests
    .command('show <id>')
    .description(
      d({
        id: 'satu permintaan dengan penawaran, pesanan dan IKM yang belum menjawab',
        en: 'one request with its answers, awards and the invitees that never answered',
      }),
    )
    .option(...asUser())
    .option(...json())
    .action(lazyAction(load, 'showCommand'));
  for (const [name, text] of [
    [
      'publish',
      {
        id: 'kirim draf (ke tinjauan petugas bila diminta, atau langsung dibuka)',
        en: 'submit a draft (to an officer’s review when asked, else open it)',
      },
    ],
    [
      'approve',
      { id: 'setujui permintaan yang ditinjau (dibuka)', en: 'approve a request in review (it opens)' },
    ],
    [
      'return',
      { id: 'kembalikan permintaan yang ditinjau ke draf', en: 'return a request in review to draft' },
    ],
    [
      'close',
      { id: 'tutup penawaran agar pesanan dapat diberikan', en: 'stop taking answers so it can be awarded' },
    ],
    ['cancel', { id: 'batalkan permintaan yang belum terkirim', en: 'cancel a request not yet delivered' }],
  ] as const) {
    requests
      .command(`${name} <id>`)
      .description(d(text))
      .requiredOption(...asUser())
      .option('--note <text>', d({ id: 'catatan tinjauan (return)', en: 'review note (return)' }))
      .option(...json())
      .action(lazyAction(load, `${name}Command`));
  }
  requests
    .command('award <id>')
    .description(
      d({
        id: 'berikan permintaan yang ditutup kepada IKM yang menawar (boleh dibagi)',
        en: 'award a closed request to answering firms (may be split)',
      }),
    )
    .requiredOption(...asUser())
    .requiredOption(
      '--share <answer=quantity...>',
      d({
        id: 'id penawaran dan jumlah untuknya, boleh berulang',
        en: 'an answer id and its quantity, repeatable',
      }),
    )
    .option(...json())
    .action(lazyAction(load, 'awardCommand'));
  requests
    .command('confirm <award>')
    .description(
      d({
        id: 'konfirmasi pengiriman satu pesanan oleh satu pihak; dua konfirmasi mencatat hubungannya',
        en: 'confirm delivery of one award for one side; two confirmations record its tie',
      }),
    )
    .requiredOption(...asUser())
    .requiredOption(
      '--side <poster|supplier>',
      d({ id: 'pihak yang mengonfirmasi', en: 'the confirming side' }),
    )
    .option(...json())
    .action(lazyAction(load, 'confirmCommand'));
  registerRequestWriteCommands(requests);
}
