import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';
import { registerPriceWriteCommands } from './prices-write-commands.ts';

const prices = () => import('./prices-actions.ts');
const FLAGS = ['clear', 'flagged', 'cannot_tell'];

/** `simpul prices list|show|create|consent|withdraw|report`: price agreements and their competition-law flag from the terminal. */
export function registerPriceCommands(program: Command): void {
  const group = program.command('prices').description(
    d({
      id: 'kesepakatan harga koperasi/paguyuban dan tanda hukum persaingan',
      en: 'price agreements of cooperatives and associations, with the competition-law flag',
    }),
  );
  group
    .command('list')
    .description(
      d({
        id: 'daftar kesepakatan harga: id, produk, harga, lembaga, berlaku mulai, jumlah persetujuan, tanda',
        en: 'list price agreements: id, product, price, institution, valid from, consents, flag',
      }),
    )
    .option(
      '--center <id>',
      d({ id: 'hanya kesepakatan sentra ini', en: 'only the agreements of this centre' }),
    )
    .option(
      '--institution <id>',
      d({ id: 'hanya kesepakatan lembaga ini', en: 'only the agreements of this institution' }),
    )
    .addOption(new Option('--flag <flag>', d({ id: 'hanya tanda ini', en: 'only this flag' })).choices(FLAGS))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(prices, 'listPricesCommand'));
  group
    .command('show')
    .description(
      d({
        id: 'satu kesepakatan harga: persetujuan bertanggal, tanda hukum persaingan dengan penjelasannya, laporan pelanggaran',
        en: 'one price agreement: dated consents, the competition-law flag explained, violation reports',
      }),
    )
    .argument('<id>', d({ id: 'id kesepakatan (lihat prices list)', en: 'agreement id (see prices list)' }))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(prices, 'showPriceCommand'));
  registerPriceWriteCommands(group);
}
