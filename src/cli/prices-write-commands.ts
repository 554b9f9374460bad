import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const load = () => import('./prices-write-actions.ts');
const json = () => ['--json', d({ id: 'keluaran JSON', en: 'JSON output' })] as const;
const asUser = () =>
  [
    '--as <email>',
    d({
      id: 'bertindak sebagai pengguna ini (haknya diperiksa seperti di web)',
      en: 'act as this user (their rights are checked as on the web)',
    }),
  ] as const;
const agreement = () =>
  ['<id>', d({ id: 'id kesepakatan (lihat prices list)', en: 'agreement id (see prices list)' })] as const;
const date = () => ['--date <YYYY-MM-DD>', d({ id: 'tanggalnya', en: 'the day' })] as const;

/** `simpul prices create|consent|withdraw|report`: the writing steps of a price agreement, as a user. */
export function registerPriceWriteCommands(group: Command): void {
  group
    .command('create')
    .description(
      d({
        id: 'catat kesepakatan harga lembaga untuk satu sentra',
        en: 'record an institution’s price agreement for a centre',
      }),
    )
    .requiredOption(...asUser())
    .option('--institution <id>', d({ id: 'lembaga (koperasi/paguyuban)', en: 'the institution' }))
    .option('--center <id>', d({ id: 'sentra yang dilayani lembaga', en: 'a centre the institution serves' }))
    .option('--product <text>', d({ id: 'produk', en: 'the product' }))
    .option('--unit <text>', d({ id: 'satuan (lembar, kg, kodi)', en: 'the unit (sheet, kg, score)' }))
    .addOption(
      new Option(
        '--kind <kind>',
        d({ id: 'harga dasar atau acuan', en: 'floor or reference price' }),
      ).choices(['floor', 'reference']),
    )
    .option('--price <n>', d({ id: 'harga per satuan (Rp)', en: 'price per unit (Rp)' }))
    .option('--from <YYYY-MM-DD>', d({ id: 'berlaku mulai', en: 'valid from' }))
    .option('--to <YYYY-MM-DD>', d({ id: 'berlaku sampai (boleh kosong)', en: 'valid to (optional)' }))
    .option('--notes <text>', d({ id: 'catatan', en: 'notes' }))
    .option(...json())
    .action(lazyAction(load, 'createPriceCommand'));
  for (const [name, text] of [
    ['consent', { id: 'catat persetujuan bertanggal anggota', en: 'record a member’s dated consent' }],
    ['withdraw', { id: 'tarik persetujuan anggota', en: 'withdraw a member’s consent' }],
  ] as const) {
    group
      .command(name)
      .description(d(text))
      .argument(...agreement())
      .requiredOption(...asUser())
      .option('--enterprise <id>', d({ id: 'IKM anggota', en: 'the member firm' }))
      .option(...date())
      .option(...json())
      .action(lazyAction(load, `${name}PriceCommand`));
  }
  group
    .command('report')
    .description(
      d({
        id: 'laporkan penjualan di bawah harga (dicatat sebagai hubungan banting harga)',
        en: 'report a sale below the price (recorded as a price-undercutting tie)',
      }),
    )
    .argument(...agreement())
    .requiredOption(...asUser())
    .option('--offender <id>', d({ id: 'IKM yang menjual di bawah harga', en: 'the firm that undercut' }))
    .option('--affected <id>', d({ id: 'IKM anggota yang dirugikan', en: 'the affected member firm' }))
    .option(...date())
    .option('--price <n>', d({ id: 'harga jual per satuan (Rp)', en: 'sale price per unit (Rp)' }))
    .option('--evidence <text>', d({ id: 'catatan bukti', en: 'evidence note' }))
    .option(...json())
    .action(lazyAction(load, 'reportPriceCommand'));
}
