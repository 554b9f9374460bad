import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const pools = () => import('./pools-actions.ts');
const STATUSES = ['open', 'closed', 'purchased', 'split', 'cancelled'];

/** `simpul pools list|show|close`: joint purchasing pools from the terminal. */
export function registerPoolCommands(program: Command): void {
  const group = program.command('pools').description(
    d({
      id: 'pembelian bahan bersama koperasi/paguyuban',
      en: 'joint purchasing pools of cooperatives and associations',
    }),
  );
  group
    .command('list')
    .description(
      d({
        id: 'daftar pembelian bersama: id, bahan, lembaga, status, total janji dan minimum, tanggal tutup',
        en: 'list pools: id, material, institution, status, pledged total and minimum, closing date',
      }),
    )
    .option(
      '--center <id>',
      d({ id: 'hanya pembelian bersama sentra ini', en: 'only the pools of this centre' }),
    )
    .option(
      '--institution <id>',
      d({ id: 'hanya pembelian bersama lembaga ini', en: 'only the pools of this institution' }),
    )
    .addOption(
      new Option('--status <status>', d({ id: 'hanya status ini', en: 'only this status' })).choices(
        STATUSES,
      ),
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(pools, 'listPoolsCommand'));
  group
    .command('show')
    .description(
      d({
        id: 'satu pembelian bersama: tingkat harga (yang berlaku ditandai), bagian tiap anggota dan penghematannya',
        en: "one pool: price tiers (the current one marked), each member's share and saving",
      }),
    )
    .argument('<id>', d({ id: 'id pembelian bersama (lihat pools list)', en: 'pool id (see pools list)' }))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(pools, 'showPoolCommand'));
  group
    .command('close')
    .description(
      d({
        id: 'tutup pembelian bersama yang sudah mencapai jumlah minimum; pemberi janji diberi tahu',
        en: 'close a pool whose pledges reach the minimum total; pledgers are told',
      }),
    )
    .argument('<id>', d({ id: 'id pembelian bersama (lihat pools list)', en: 'pool id (see pools list)' }))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(pools, 'closePoolCommand'));
}
