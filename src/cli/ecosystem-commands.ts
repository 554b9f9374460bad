import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

/** `simpul ecosystem CENTER_ID [--compare ID,ID]`: the centre ecosystem index from the terminal. */
export function registerEcosystemCommands(program: Command): void {
  program
    .command('ecosystem')
    .description(
      d({
        id: 'indeks ekosistem sentra (Stam & van de Ven): sepuluh elemen, indeks aditif dan geometrik',
        en: 'centre ecosystem index (Stam & van de Ven): ten elements, additive and geometric index',
      }),
    )
    .argument('<center-id>', d({ id: 'id sentra', en: 'centre id' }))
    .option(
      '--compare <ids>',
      d({
        id: 'id sentra pembanding dipisah koma (paling banyak 9); bawaan: sentra lain di provinsinya',
        en: 'ids of centres to compare with, comma-separated (at most 9); default: the other centres of its province',
      }),
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(() => import('./ecosystem-actions.ts'), 'ecosystemCommand'));
}
