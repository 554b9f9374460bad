import { Command } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { DEFAULT_DEMO_SEED, loadDemo } from '../demo/demo.ts';
import { createDemoUsers, formatDemoUsers } from '../demo/demo-users.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import { VERSION } from '../version.ts';
import { registerAnalyzeCommands } from './analyze-commands.ts';
import { registerCenterCommands } from './center-commands.ts';
import { d, HELP_CONFIG, langOption, words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';
import { registerIoCommands } from './io-commands.ts';
import { registerNetworkCommands } from './network-commands.ts';
import { action, say, withDatabase } from './runtime.ts';
import { serve } from './serve.ts';
import { registerTokenCommands } from './token-commands.ts';
import { registerUserCommands } from './user-commands.ts';

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
  .action(action(serve));

program
  .command('migrate')
  .description(
    d({
      id: 'terapkan migrasi basis data yang tertunda dan muat daftar wilayah resmi',
      en: 'apply pending database migrations and load the official region list',
    }),
  )
  .action(
    action(async () => {
      await withDatabase(async ({ db }) => {
        const applied = await migrateToLatest(db);
        say(applied.length > 0 ? words(M.applied, { list: applied.join(', ') }) : words(M.upToDate));
      });
    }),
  );

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
  .action(
    action(async (options: { reset?: boolean; seed: string }) => {
      await withDatabase(async ({ db, mode }) => {
        const summary = await loadDemo(db, {
          reset: options.reset,
          seed: Number(options.seed),
          onProgress: say,
        });
        say(words(M.demoLoaded, { summary }));
        const { total } = await analyzeCenters(db, { at: null });
        say(words(M.analysesStored, { total }));
        // Accounts are for trying Simpul out: only on the embedded default, never on an external server.
        if (mode === 'embedded') {
          const users = await createDemoUsers(db);
          if (users.length > 0) say(formatDemoUsers(users));
        }
      });
    }),
  );

registerCenterCommands(program);
registerUserCommands(program);
registerTokenCommands(program);
registerIoCommands(program);
registerNetworkCommands(program);
registerAnalyzeCommands(program);

await program.parseAsync(process.argv);
