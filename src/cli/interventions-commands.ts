import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const interventions = () => import('./interventions-actions.ts');

/** `simpul interventions list|effect`: a centre's programmes and their before/after from the terminal. */
export function registerInterventionCommands(program: Command): void {
  const group = program.command('interventions').description(
    d({
      id: 'intervensi sentra (DAK, hibah mesin, pelatihan, TPL…) dan dampaknya',
      en: "a centre's interventions (DAK, machine grants, training, TPL…) and their effect",
    }),
  );
  group
    .command('list')
    .description(
      d({
        id: 'daftar intervensi sentra: id, jenis, judul, tanggal, biaya, sumber dana',
        en: "list a centre's interventions: id, kind, title, dates, cost, funder",
      }),
    )
    .argument('<centerId>', d({ id: 'id sentra', en: 'centre id' }))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(interventions, 'listInterventionsCommand'));
  group
    .command('effect')
    .description(
      d({
        id: 'sebelum/sesudah satu intervensi, selisih-dalam-selisih, sentra pembanding dan catatan kehati-hatian',
        en: 'before/after of one intervention, difference-in-differences, comparison centres and caveats',
      }),
    )
    .argument(
      '<id>',
      d({ id: 'id intervensi (lihat interventions list)', en: 'intervention id (see interventions list)' }),
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(interventions, 'interventionEffectCommand'));
}
