import { Command, Option } from 'commander';
import { migrateToLatest } from '../db/migrate.ts';
import { DEFAULT_DEMO_SEED, loadDemo } from '../demo/demo.ts';
import { createDemoUsers, formatDemoUsers } from '../demo/demo-users.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import { VERSION } from '../version.ts';
import { registerAnalyzeCommands } from './analyze-commands.ts';
import { registerIoCommands } from './io-commands.ts';
import { registerNetworkCommands } from './network-commands.ts';
import { action, say, withDatabase } from './runtime.ts';
import { serve } from './serve.ts';
import { registerUserCommands } from './user-commands.ts';

const lang = () => new Option('--lang <lang>', 'language of messages').choices(['id', 'en']).default('id');

const program = new Command('simpul')
  .description(
    'Simpul: registry and signed interaction networks of Indonesian small-industry centres (Sentra IKM)',
  )
  .version(VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('run the web server and API (embedded PostgreSQL unless DATABASE_URL is set)')
  .option('-p, --port <port>', 'port (default: PORT or 3000)')
  .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
  .option('--demo-if-empty', 'load demo data when the embedded database has no centres')
  .action(action(serve));

program
  .command('migrate')
  .description('apply pending database migrations and load the official region list')
  .action(
    action(async () => {
      await withDatabase(async ({ db }) => {
        const applied = await migrateToLatest(db);
        say(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      });
    }),
  );

program
  .command('demo')
  .description('load the demo dataset (14 real centres, synthetic enterprises and people)')
  .option('--reset', 'delete all registry data first')
  .option('--seed <n>', 'random seed', String(DEFAULT_DEMO_SEED))
  .addOption(lang())
  .action(
    action(async (options: { reset?: boolean; seed: string }) => {
      await withDatabase(async ({ db, mode }) => {
        const summary = await loadDemo(db, {
          reset: options.reset,
          seed: Number(options.seed),
          onProgress: say,
        });
        say(`Demo data loaded: ${summary}`);
        const { total } = await analyzeCenters(db, { at: null });
        say(`Network analyses stored for ${total} centres.`);
        // Accounts are for trying Simpul out: only on the embedded default, never on an external server.
        if (mode === 'embedded') {
          const users = await createDemoUsers(db);
          if (users.length > 0) say(formatDemoUsers(users));
        }
      });
    }),
  );

registerUserCommands(program);
registerIoCommands(program);
registerNetworkCommands(program);
registerAnalyzeCommands(program);

await program.parseAsync(process.argv);
