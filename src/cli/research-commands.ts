import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const research = () => import('./research-actions.ts');
const exchange = () => import('./research-qdpx-actions.ts');
const surveyActions = () => import('./research-survey-actions.ts');

/**
 * `simpul research agreement`: inter-coder agreement of a units × coders file, without a database;
 * `simpul research export|import`: REFI-QDA packages of a research project.
 */
export function registerResearchCommands(program: Command): void {
  const group = program.command('research').description(
    d({
      id: 'penelitian lapangan: kesepakatan antarpengode, pertukaran REFI-QDA, skala survei',
      en: 'field research: inter-coder agreement, REFI-QDA exchange, survey scales',
    }),
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
  registerExchangeCommands(group);
  registerSurveyCommands(group);
}

/** `simpul research export|import`: a project as a REFI-QDA package (QDPX) and back. */
function registerExchangeCommands(group: Command): void {
  const as = d({
    id: 'bertindak sebagai pengguna ini (haknya atas proyek diperiksa seperti di web)',
    en: 'act as this user (their rights on the project are checked as on the web)',
  });
  group
    .command('export')
    .description(
      d({
        id: 'ekspor proyek sebagai paket REFI-QDA (.qdpx): hanya informan dengan persetujuan berbagi, dengan nama samaran',
        en: 'export a project as a REFI-QDA package (.qdpx): only informants with sharing consent, pseudonymised',
      }),
    )
    .argument('<project>', d({ id: 'id proyek penelitian', en: 'research project id' }))
    .argument('<file>', d({ id: 'berkas .qdpx yang ditulis', en: '.qdpx file to write' }))
    .option('--as <email>', as)
    .action(lazyAction(exchange, 'exportCommand'));
  group
    .command('import')
    .description(
      d({
        id: 'impor paket REFI-QDA (.qdpx, atau .qde) dari NVivo, ATLAS.ti, MAXQDA, QualCoder atau Taguette sebagai proyek baru, dengan laporan apa yang tidak terbawa',
        en: 'import a REFI-QDA package (.qdpx, or .qde) from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette as a new project, with a report of what was not carried over',
      }),
    )
    .argument('<file>', d({ id: 'berkas .qdpx', en: '.qdpx file' }))
    .requiredOption('--as <email>', as)
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(exchange, 'importCommand'));
}

/** `simpul research survey import|alpha`: survey-scale answers from a CSV, and Cronbach's α per scale and wave. */
function registerSurveyCommands(group: Command): void {
  const as = d({
    id: 'bertindak sebagai pengguna ini (haknya atas proyek diperiksa seperti di web)',
    en: 'act as this user (their rights on the project are checked as on the web)',
  });
  const survey = group.command('survey').description(
    d({
      id: 'skala survei proyek (kuesioner Likert 1–5)',
      en: "a project's survey scales (Likert 1–5 questionnaires)",
    }),
  );
  survey
    .command('import')
    .description(
      d({
        id: 'impor jawaban dari CSV UTF-8: kolom 1 IKM (id, kode registri atau nama samaran), kolom 2 gelombang, lalu satu kolom per kode butir (sel kosong = tidak dijawab); semua baris atau tidak sama sekali',
        en: 'import answers from a UTF-8 CSV: column 1 the enterprise (id, registry code or pseudonym), column 2 the wave, then one column per item code (an empty cell = not answered); every row or none',
      }),
    )
    .argument('<project>', d({ id: 'id proyek penelitian', en: 'research project id' }))
    .argument('<file>', d({ id: 'berkas CSV', en: 'CSV file' }))
    .option('--as <email>', as)
    .action(lazyAction(surveyActions, 'surveyImportCommand'));
  survey
    .command('alpha')
    .description(
      d({
        id: 'alfa Cronbach per skala dan gelombang (tidak terdefinisi disertai alasannya)',
        en: "Cronbach's alpha per scale and wave (undefined ones with their reason)",
      }),
    )
    .argument('<project>', d({ id: 'id proyek penelitian', en: 'research project id' }))
    .option('--wave <wave>', d({ id: 'hanya gelombang ini', en: 'only this wave' }))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .option('--as <email>', as)
    .action(lazyAction(surveyActions, 'surveyAlphaCommand'));
}
