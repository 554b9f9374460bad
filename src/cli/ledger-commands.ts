import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const ledger = () => import('./ledger-actions.ts');
const json = () => d({ id: 'keluaran JSON', en: 'JSON output' });

/** `simpul ledger record|verify|show`: the design ledger from the terminal. */
export function registerLedgerCommands(program: Command): void {
  const group = program.command('ledger').description(
    d({
      id: 'buku desain: catatan desain/motif bertanggal yang terantai hash',
      en: 'design ledger: dated, hash-chained records of designs and motifs',
    }),
  );
  group
    .command('record')
    .description(
      d({
        id: 'catat desain dari berkas gambar (JPEG, PNG, WebP) untuk satu IKM',
        en: 'record a design from image files (JPEG, PNG, WebP) for one enterprise',
      }),
    )
    .argument('<images...>', d({ id: 'berkas gambar', en: 'image files' }))
    .requiredOption(
      '--enterprise <id>',
      d({ id: 'id IKM pemilik desain', en: 'id of the enterprise owning the design' }),
    )
    .requiredOption('--title <title>', d({ id: 'judul desain', en: 'design title' }))
    .requiredOption(
      '--category <category>',
      d({ id: 'kategori (mis. motif batik)', en: 'category (e.g. batik motif)' }),
    )
    .option('--description <text>', d({ id: 'uraian desain', en: 'description of the design' }))
    .option(
      '--first-published <date>',
      d({ id: 'tanggal pertama dipublikasikan (YYYY-MM-DD)', en: 'first published on (YYYY-MM-DD)' }),
    )
    .option('--json', json())
    .action(lazyAction(ledger, 'recordDesignCommand'));
  group
    .command('verify')
    .description(
      d({
        id: 'periksa seluruh rantai; sebut tautan rusak pertama (kode keluar 1 bila rusak)',
        en: 'walk the whole chain; name the first broken link (exit code 1 when broken)',
      }),
    )
    .option('--json', json())
    .action(lazyAction(ledger, 'verifyLedgerCommand'));
  group
    .command('show')
    .description(
      d({
        id: 'satu catatan (id atau kode verifikasi): isi, hash, posisi; --pdf menulis lembar buktinya',
        en: 'one record (id or verification code): content, hashes, position; --pdf writes its evidence sheet',
      }),
    )
    .argument(
      '<id-or-code>',
      d({ id: 'id catatan atau kode verifikasi', en: 'record id or verification code' }),
    )
    .option(
      '--pdf <file>',
      d({ id: 'tulis lembar bukti PDF ke berkas ini', en: 'write the evidence sheet PDF to this file' }),
    )
    .option('--json', json())
    .action(lazyAction(ledger, 'showDesignCommand'));
}
