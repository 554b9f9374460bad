import { Command } from 'commander';
import { DEFAULT_DEMO_SEED } from '../demo/demo-seed.ts';
import { VERSION } from '../version.ts';
import { lazyAction } from './action.ts';
import { registerAnalyzeCommands } from './analyze-commands.ts';
import { registerCaseCommands } from './cases-commands.ts';
import { registerCenterCommands } from './center-commands.ts';
import { CLI_LANG, d, HELP_CONFIG, langOption } from './cli-lang.ts';
import { commanderErrorIn } from './commander-errors.ts';
import { registerEcosystemCommands } from './ecosystem-commands.ts';
import { registerFacilityCommands } from './facilities-commands.ts';
import { registerFieldCommands } from './field-commands.ts';
import { registerInstitutionCommands } from './institutions-commands.ts';
import { registerInterventionCommands } from './interventions-commands.ts';
import { registerIoCommands } from './io-commands.ts';
import { registerJobCommands } from './jobs-commands.ts';
import { registerLedgerCommands } from './ledger-commands.ts';
import { registerMatchingCommands } from './matching-commands.ts';
import { registerNetworkCommands } from './network-commands.ts';
import { registerOutboxCommands } from './outbox-commands.ts';
import { registerPoolCommands } from './pools-commands.ts';
import { registerPriceCommands } from './prices-commands.ts';
import { registerProfileCommands } from './profile-commands.ts';
import { registerReportCommands } from './report-commands.ts';
import { registerRequestCommands } from './requests-commands.ts';
import { registerResearchCommands } from './research-commands.ts';
import { registerTokenCommands } from './token-commands.ts';
import { registerUserCommands } from './user-commands.ts';
import { registerWhatIfCommands } from './whatif-commands.ts';

// Every command is registered here with its help in both languages, but what a command does is imported
// only when it runs (lazyAction): `simpul --help` loads commander and these descriptions, nothing else.
const program = new Command('simpul')
  .description(
    d({
      id: 'Simpul: registri dan jaringan interaksi bertanda sentra industri kecil dan menengah (Sentra IKM)',
      en: 'Simpul: registry and signed interaction networks of Indonesian small-industry centres (Sentra IKM)',
    }),
  )
  .version(VERSION, '-V, --version', d({ id: 'tampilkan versi', en: 'output the version number' }))
  .helpOption('-h, --help', d({ id: 'tampilkan bantuan perintah', en: 'display help for command' }))
  .helpCommand('help [command]', d({ id: 'tampilkan bantuan perintah', en: 'display help for command' }))
  // One --lang for every command, shown in each command's help; it may come before or after the command.
  .addOption(langOption())
  .configureHelp(HELP_CONFIG)
  // Commander's own parse errors in the run's language; every command registered below inherits this.
  .configureOutput({ outputError: (text, write) => write(commanderErrorIn(CLI_LANG, text)) })
  .showHelpAfterError();

program
  .command('serve')
  .description(
    d({
      id: 'jalankan server web dan API (PostgreSQL bawaan kecuali DATABASE_URL diisi)',
      en: 'run the web server and API (embedded PostgreSQL unless DATABASE_URL is set)',
    }),
  )
  .option('-p, --port <port>', d({ id: 'port (bawaan: PORT atau 3000)', en: 'port (default: PORT or 3000)' }))
  .option(
    '--host <host>',
    d({
      id: 'antarmuka yang didengarkan (bawaan: HOST atau 127.0.0.1)',
      en: 'interface to listen on (default: HOST or 127.0.0.1)',
    }),
  )
  .option(
    '--demo-if-empty',
    d({
      id: 'muat data demo bila basis data bawaan belum berisi sentra',
      en: 'load demo data when the embedded database has no centres',
    }),
  )
  .action(lazyAction(() => import('./serve.ts'), 'serve'));

program
  .command('migrate')
  .description(
    d({
      id: 'terapkan migrasi basis data yang tertunda dan muat daftar wilayah resmi',
      en: 'apply pending database migrations and load the official region list',
    }),
  )
  .action(lazyAction(() => import('./database-actions.ts'), 'migrateCommand'));

program
  .command('demo')
  .description(
    d({
      id: 'muat data demo (14 sentra nyata, IKM dan orang sintetis)',
      en: 'load the demo dataset (14 real centres, synthetic enterprises and people)',
    }),
  )
  .option('--reset', d({ id: 'hapus semua data registri lebih dulu', en: 'delete all registry data first' }))
  .option('--seed <n>', d({ id: 'benih acak', en: 'random seed' }), String(DEFAULT_DEMO_SEED))
  .option(
    '--national',
    d({
      id: 'data sintetis seluruh Indonesia: 13.762 sentra di 38 provinsi, ~516 ribu IKM, ~5 juta ikatan (COPY)',
      en: 'synthetic data for all of Indonesia: 13,762 centres in 38 provinces, ~516k enterprises, ~5M ties (COPY)',
    }),
  )
  .option(
    '--scale <s>',
    d({
      id: 'dengan --national: bagian dari seluruh negeri, 0.01..1 (bawaan 1)',
      en: 'with --national: share of the whole country, 0.01..1 (default 1)',
    }),
  )
  .action(lazyAction(() => import('./database-actions.ts'), 'demoCommand'));

program
  .command('backup')
  .description(
    d({
      id: 'cadangkan seluruh basis data ke satu berkas (satu snapshot yang konsisten)',
      en: 'back up the whole database to one file (one consistent snapshot)',
    }),
  )
  .argument('<file>', d({ id: 'berkas cadangan yang ditulis', en: 'backup file to write' }))
  .option('--force', d({ id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' }))
  .action(lazyAction(() => import('./backup-actions.ts'), 'backupCommand'));

program
  .command('restore')
  .description(
    d({
      id: 'pulihkan basis data dari berkas cadangan (ke basis data kosong)',
      en: 'restore the database from a backup file (into an empty database)',
    }),
  )
  .argument('<file>', d({ id: 'berkas cadangan', en: 'backup file' }))
  .option(
    '--force',
    d({
      id: 'hapus isi basis data yang tidak kosong lebih dulu',
      en: 'delete the contents of a non-empty database first',
    }),
  )
  .option('--yes', d({ id: 'jangan bertanya (untuk skrip)', en: 'do not ask (for scripts)' }))
  .action(lazyAction(() => import('./backup-actions.ts'), 'restoreCommand'));

registerCenterCommands(program);
registerUserCommands(program);
registerTokenCommands(program);
registerOutboxCommands(program);
registerIoCommands(program);
registerFieldCommands(program);
registerNetworkCommands(program);
registerAnalyzeCommands(program);
registerJobCommands(program);
registerRequestCommands(program);
registerMatchingCommands(program);
registerProfileCommands(program);
registerPoolCommands(program);
registerLedgerCommands(program);
registerPriceCommands(program);
registerCaseCommands(program);
registerResearchCommands(program);
registerReportCommands(program);
registerEcosystemCommands(program);
registerInterventionCommands(program);
registerInstitutionCommands(program);
registerWhatIfCommands(program);
registerFacilityCommands(program);

await program.parseAsync(process.argv);
