import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const load = () => import('./requests-write-actions.ts');
const json = () =>
  [
    '--json',
    d({ id: 'cetak hasilnya sebagai JSON di stdout', en: 'print the result as JSON on stdout' }),
  ] as const;
const asUser = () =>
  [
    '--as <email>',
    d({
      id: 'bertindak sebagai pengguna ini (haknya diperiksa seperti di web)',
      en: 'act as this user (their rights are checked as on the web)',
    }),
  ] as const;
const firm = () =>
  [
    '--enterprise <id>',
    d({
      id: 'IKM yang diwakili (boleh kosong bila pengguna hanya mewakili satu IKM)',
      en: 'the enterprise spoken for (may be left out when the user speaks for one only)',
    }),
  ] as const;

/** `simpul requests create|invite|answer|decline|withdraw|rate`: the writing steps of a request. */
export function registerRequestWriteCommands(requests: Command): void {
  registerCreate(requests);
  requests
    .command('invite <request>')
    .description(d({ id: 'undang IKM untuk menawar', en: 'invite enterprises to answer' }))
    .requiredOption(...asUser())
    .requiredOption(
      '--enterprise <id...>',
      d({ id: 'id IKM yang diundang, boleh berulang', en: 'an invited enterprise id, repeatable' }),
    )
    .option(...json())
    .action(lazyAction(load, 'inviteCommand'));
  requests
    .command('answer <request>')
    .description(
      d({
        id: 'kirim penawaran IKM atas permintaan yang dibuka',
        en: 'send a firm’s quote on an open request',
      }),
    )
    .requiredOption(...asUser())
    .option(...firm())
    .requiredOption('--capacity <n>', d({ id: 'jumlah yang ditawarkan', en: 'quantity offered' }))
    .requiredOption('--date <YYYY-MM-DD>', d({ id: 'tanggal siap kirim', en: 'the day it can deliver' }))
    .option('--price <n>', d({ id: 'harga satuan (Rp)', en: 'unit price (Rp)' }))
    .option('--note <text>', d({ id: 'catatan untuk pemesan', en: 'a note to the poster' }))
    .option(...json())
    .action(lazyAction(load, 'answerCommand'));
  for (const [name, text] of [
    ['decline', { id: 'tolak undangan menawar', en: 'decline an invitation to answer' }],
    [
      'withdraw',
      { id: 'tarik penawaran IKM selama masih dibuka', en: 'withdraw the firm’s quote while open' },
    ],
  ] as const) {
    requests
      .command(`${name} <request>`)
      .description(d(text))
      .requiredOption(...asUser())
      .option(...firm())
      .option(...json())
      .action(lazyAction(load, `${name}Command`));
  }
  requests
    .command('rate <award>')
    .description(
      d({
        id: 'nilai pihak lain setelah pesanan terkirim (1–5)',
        en: 'rate the other side after delivery (1–5)',
      }),
    )
    .requiredOption(...asUser())
    .requiredOption('--side <poster|supplier>', d({ id: 'pihak yang menilai', en: 'the rating side' }))
    .requiredOption('--on-time <1-5>', d({ id: 'ketepatan waktu', en: 'on time' }))
    .requiredOption('--quality <1-5>', d({ id: 'mutu', en: 'quality' }))
    .requiredOption('--communication <1-5>', d({ id: 'komunikasi', en: 'communication' }))
    .option('--comment <text>', d({ id: 'komentar', en: 'a comment' }))
    .option(...json())
    .action(lazyAction(load, 'rateCommand'));
}

function registerCreate(requests: Command): void {
  const o = (id: string, en: string) => d({ id, en });
  requests
    .command('create')
    .description(
      o(
        'buat draf permintaan (dari opsi, atau --file berisi badan JSON seperti POST /api/requests)',
        'create a draft request (from options, or --file holding a JSON body as POST /api/requests takes)',
      ),
    )
    .requiredOption(...asUser())
    .option(
      '--file <request.json>',
      o(
        'badan permintaan dalam JSON; opsi lain menimpanya',
        'the request body as JSON; other options override it',
      ),
    )
    .option('--poster <enterprise>', o('IKM pemesan', 'the posting enterprise'))
    .option(
      '--buyer <name>',
      o('pembeli luar (bukan IKM pemesan)', 'an outside buyer (instead of a posting enterprise)'),
    )
    .option('--product <text>', o('produk', 'product'))
    .option('--description <text>', o('rincian: ukuran, bahan, mutu', 'details: sizes, materials, quality'))
    .option(
      '--process <code...>',
      o(
        'kode proses, mis. footwear.lasting; boleh berulang',
        'a process code, e.g. footwear.lasting; repeatable',
      ),
    )
    .option(
      '--certification <kind...>',
      o(
        'sertifikasi wajib (SNI, HALAL, …); boleh berulang',
        'a required certification (SNI, HALAL, …); repeatable',
      ),
    )
    .option('--quantity <n>', o('jumlah (> 0)', 'quantity (> 0)'))
    .option('--unit <unit>', o('satuan: pasang, kodi, potong…', 'unit: pairs, kodi, pieces…'))
    .option('--target-price <n>', o('harga satuan sasaran (Rp)', 'target unit price (Rp)'))
    .option('--answer-by <YYYY-MM-DD>', o('batas waktu penawaran', 'answer deadline'))
    .option('--deliver-by <YYYY-MM-DD>', o('tanggal kirim', 'delivery date'))
    .option(
      '--tie-type <type>',
      o(
        'TOLL_MANUFACTURING, SUBCONTRACT atau ORDER_SHARING (bawaan)',
        'TOLL_MANUFACTURING, SUBCONTRACT or ORDER_SHARING (default)',
      ),
    )
    .option('--center <id...>', o('sentra tujuan; boleh berulang', 'a target centre; repeatable'))
    .option('--region <code>', o('kode wilayah tujuan', 'target region code'))
    .option(
      '--visibility <targeted|invited>',
      o(
        'targeted: semua IKM sentra tujuan; invited: hanya yang diundang',
        'targeted: every firm of the target centres; invited: invited firms only',
      ),
    )
    .option(
      '--review',
      o('minta tinjauan petugas sebelum dibuka', 'ask for an officer’s review before it opens'),
    )
    .option(...json())
    .action(lazyAction(load, 'createCommand'));
}
