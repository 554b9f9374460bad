import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const institutions = () => import('./institutions-actions.ts');

/** `simpul institutions assess|tier`: an institution's self-assessment from the terminal. */
export function registerInstitutionCommands(program: Command): void {
  const group = program
    .command('institutions')
    .description(
      d({ id: 'lembaga sentra: penilaian kelembagaan', en: 'centre institutions: self-assessment' }),
    );
  group
    .command('assess')
    .description(
      d({
        id: 'nilai lembaga: jawaban kuesioner dari berkas JSON + data hidup Simpul; menyimpan hasilnya',
        en: 'assess an institution: questionnaire answers from a JSON file + Simpul’s live data; stores the result',
      }),
    )
    .argument('<id>', d({ id: 'id lembaga', en: 'institution id' }))
    .requiredOption(
      '--answers <file>',
      d({
        id: 'berkas JSON: {"questionnaireVersion": 1, "answers": {"board_meetings": 3, …}}',
        en: 'JSON file: {"questionnaireVersion": 1, "answers": {"board_meetings": 3, …}}',
      }),
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(institutions, 'assessCommand'));
  group
    .command('tier')
    .description(
      d({
        id: 'tingkat lembaga menurut penilaian terakhir, skor per bidang dan yang kurang untuk tingkat berikutnya',
        en: 'the institution’s tier by its latest assessment, area scores and what the next tier takes',
      }),
    )
    .argument('<id>', d({ id: 'id lembaga', en: 'institution id' }))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(institutions, 'tierCommand'));
}
