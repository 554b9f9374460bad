import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const research = () => import('./research-actions.ts');

/** `simpul research agreement`: inter-coder agreement of a units × coders file, without a database. */
export function registerResearchCommands(program: Command): void {
  const group = program
    .command('research')
    .description(
      d({ id: 'penelitian lapangan: kesepakatan antarpengode', en: 'field research: inter-coder agreement' }),
    );
  group
    .command('agreement')
    .description(
      d({
        id: 'koefisien kesepakatan dari berkas CSV unit × pengode (kolom pertama id unit, lalu satu kolom per pengode; sel kosong = tidak dikode)',
        en: 'agreement coefficients of a units × coders CSV file (first column the unit id, then one column per coder; an empty cell = not coded)',
      }),
    )
    .argument('<file>', d({ id: 'berkas CSV', en: 'CSV file' }))
    .option(
      '--level <level>',
      d({
        id: 'tingkat ukur: nominal, ordinal, interval, ratio',
        en: 'level of measurement: nominal, ordinal, interval, ratio',
      }),
      'nominal',
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(research, 'agreementCommand'));
}
