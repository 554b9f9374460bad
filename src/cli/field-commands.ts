import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

// The questionnaires, spelled out here so that `simpul field --help` loads no form definitions.
const QUESTIONNAIRES = ['name-generator', 'profile'];

/** `simpul field xlsform`: a questionnaire as an XLSForm for KoboToolbox or ODK. */
export function registerFieldCommands(program: Command): void {
  const field = program
    .command('field')
    .description(d({ id: 'pengumpulan data lapangan', en: 'field data collection' }));
  field
    .command('xlsform')
    .description(
      d({
        id: 'tulis kuesioner sebagai XLSForm (.xlsx) untuk KoboToolbox atau ODK; ekspornya diimpor dengan `simpul import --tool kobo|odk`',
        en: 'write a questionnaire as an XLSForm (.xlsx) for KoboToolbox or ODK; its export imports with `simpul import --tool kobo|odk`',
      }),
    )
    .addOption(
      new Option('--questionnaire <name>', d({ id: 'kuesioner', en: 'questionnaire' }))
        .choices(QUESTIONNAIRES)
        .makeOptionMandatory(),
    )
    .option(
      '--center <center>',
      d({
        id: 'sentra (id atau nama persis) yang anggotanya menjadi daftar pilihan; tanpa ini nama diketik',
        en: 'centre (id or exact name) whose members become the choice list; without it names are typed',
      }),
    )
    .requiredOption('--out <file>', d({ id: 'berkas .xlsx yang ditulis', en: 'an .xlsx file to write' }))
    .action(lazyAction(() => import('./field-actions.ts'), 'runXlsForm'));
}
