import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

/** `simpul centers list`: the centres with their ids, so `--center` elsewhere can name one. */
export function registerCenterCommands(program: Command): void {
  const centers = program
    .command('centers')
    .description(d({ id: 'sentra IKM dalam registri', en: 'small-industry centres in the registry' }));
  centers
    .command('list')
    .description(
      d({
        id: 'daftar sentra: id, nama, status dan wilayahnya (nama dengan kode); id atau nama dipakai --center',
        en: 'list centres: id, name, status and regions (names with codes); --center takes the id or name',
      }),
    )
    .option(
      '--region <code>',
      d({
        id: 'hanya sentra di wilayah ini atau di bawahnya (provinsi, kabupaten/kota, kecamatan, desa)',
        en: 'only centres in this region or below it (province, regency/city, district, village)',
      }),
    )
    .option(
      '--json',
      d({ id: 'cetak sentra sebagai JSON di stdout', en: 'print the centres as JSON on stdout' }),
    )
    .action(lazyAction(() => import('./center-actions.ts'), 'listCommand'));
}
