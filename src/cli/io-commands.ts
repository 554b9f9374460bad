import { type Command, Option } from 'commander';
import { IMPORT_KINDS } from '../io/import-kinds.ts';
import { FORM_TOOLS } from '../io/kobo/form-tools.ts';
import { SOURCES } from '../shared/sources.ts';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const KINDS_HELP = `${d({ id: 'jenis', en: 'kind' })}: ${IMPORT_KINDS.join(', ')}`;
const run = () => import('./io-actions.ts');

/** `simpul import`, `simpul export` and `simpul template`: Dinas spreadsheets in and out. */
export function registerIoCommands(program: Command): void {
  program
    .command('import')
    .description(
      d({
        id: 'impor berkas CSV atau XLSX utuh atau tidak sama sekali: bila satu baris salah, tidak ada yang ditulis',
        en: 'import a CSV or XLSX file all or nothing: if any row is wrong, nothing is written',
      }),
    )
    .argument('<kind>', KINDS_HELP)
    .argument(
      '<file>',
      d({
        id: 'berkas .csv (atau .txt/.tsv dipisah tab) atau .xlsx dengan tata letak `simpul template` / `simpul export`',
        en: 'a .csv (or tab-separated .txt/.tsv) or .xlsx file in the layout of `simpul template` / `simpul export`',
      }),
    )
    .option(
      '--dry-run',
      d({
        id: 'periksa dan hitung (akan ditambah / diperbarui / tetap) tanpa menulis',
        en: 'validate and count (would insert / update / unchanged) without writing',
      }),
    )
    .option(
      '--region <code>',
      d({
        id: 'kode kabupaten/kota tempat nama keldesa/kecamatan dicari, mis. 32.73',
        en: 'regency/city code in which keldesa/kecamatan names are looked up, e.g. 32.73',
      }),
    )
    .addOption(
      new Option(
        '--source <source>',
        d({
          id: 'sumber angka tahunan tanpa sel `sumber`',
          en: 'source of yearly figures without a `sumber` cell',
        }),
      ).choices(SOURCES),
    )
    .option(
      '--vintage <vintage>',
      d({
        id: 'edisi angka tahunan tanpa sel `vintage` (bawaan: tahunnya)',
        en: 'vintage of yearly figures without a `vintage` cell (default: the year)',
      }),
    )
    .option(
      '--research-project <id>',
      d({
        id: 'survei name generator saja: proyek penelitian yang informannya dibuat dari responden',
        en: 'name-generator surveys only: the research project whose informants the respondents become',
      }),
    )
    .addOption(
      new Option(
        '--tool <tool>',
        d({
          id: 'berkas adalah ekspor KoboToolbox/ODK Central dari formulir `simpul field xlsform` (name-generator atau enterprises)',
          en: 'the file is a KoboToolbox/ODK Central export of a `simpul field xlsform` form (name-generator or enterprises)',
        }),
      ).choices(FORM_TOOLS),
    )
    .action(lazyAction(run, 'runImport'));

  program
    .command('export')
    .description(
      d({
        id: 'ekspor dengan tata letak impor: urutan tetap, bita yang sama untuk data yang sama',
        en: 'export in the import layout: stable order, same bytes for the same data',
      }),
    )
    .argument('<kind>', KINDS_HELP)
    .argument('<file>', d({ id: 'berkas .csv atau .xlsx yang ditulis', en: 'a .csv or .xlsx file to write' }))
    .action(lazyAction(run, 'runExport'));

  program
    .command('export-region')
    .description(
      d({
        id: 'ekspor seluruh data satu wilayah (sentra, IKM, kelembagaan, keanggotaan, keterkaitan) sebagai satu ZIP berkas tata letak impor',
        en: 'export all data of one region (centres, enterprises, institutions, memberships, ties) as one ZIP of import-layout files',
      }),
    )
    .argument('<code>', d({ id: 'kode wilayah, mis. 32.73', en: 'region code, e.g. 32.73' }))
    .argument('<file>', d({ id: 'berkas .zip yang ditulis', en: 'a .zip file to write' }))
    .addOption(
      new Option(
        '--format <format>',
        d({ id: 'format berkas di dalam ZIP', en: 'format of the files in the ZIP' }),
      )
        .choices(['xlsx', 'csv'])
        .default('xlsx'),
    )
    .action(lazyAction(() => import('./region-export-actions.ts'), 'runRegionExport'));

  program
    .command('template')
    .description(
      d({
        id: 'tulis buku kerja kosong dengan judul kolom berbahasa Indonesia dan lembar "petunjuk"',
        en: 'write an empty workbook with the Indonesian headers and a "petunjuk" sheet',
      }),
    )
    .argument('<kind>', KINDS_HELP)
    .argument('<file>', d({ id: 'berkas .xlsx yang ditulis', en: 'an .xlsx file to write' }))
    .action(lazyAction(run, 'runTemplate'));
}
