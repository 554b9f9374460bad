import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

/** `simpul whatif CENTER_ID --edits edits.json`: a what-if on a centre's network, nothing saved. */
export function registerWhatIfCommands(program: Command): void {
  program
    .command('whatif')
    .description(
      d({
        id: 'simulasi "bagaimana jika" pada jaringan sentra: hari ini dan sesudah perubahan, berdampingan',
        en: 'what-if simulation on a centre’s network: today and after the changes, side by side',
      }),
    )
    .argument('<center-id>', d({ id: 'id sentra', en: 'centre id' }))
    .requiredOption(
      '--edits <file>',
      d({
        id: 'berkas JSON berisi daftar perubahan (seperti body API: [{"action":"resolveConflict","a":…,"b":…}])',
        en: 'JSON file with the list of changes (as in the API body: [{"action":"resolveConflict","a":…,"b":…}])',
      }),
    )
    .option(
      '--at <date>',
      d({ id: 'jaringan pada tanggal ini (YYYY-MM-DD)', en: 'network on this date (YYYY-MM-DD)' }),
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(() => import('./whatif-actions.ts'), 'whatIfCommand'));
}
