// What a command's action needs around its work: the database, opened and closed. Loaded only when a
// command that uses the database runs (action.ts keeps `simpul --help` free of it).
import { findUserByEmail } from '../auth/users.repo.ts';
import { getUser } from '../auth/users.service.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Db, type OpenDatabase, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureRegions } from '../regions/regions.loader.ts';
import { errors } from '../shared/errors.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';

/** Opens the database (migrated, regions loaded) and closes it however the work ends, Ctrl-C included. */
export async function withDatabase<T>(
  work: (database: OpenDatabase, config: Config) => Promise<T>,
  options: { applicationName?: string } = {},
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config, {
    applicationName: options.applicationName ?? 'simpul-cli',
    log: say,
  });
  const onSignal = async () => {
    await database.close().catch(() => {});
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await prepareDatabase(database);
    return await work(database, config);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await database.close();
  }
}

/** A user named on the command line by their sign-in email; 404 when there is none. */
export async function userByEmail(db: Db, email: string) {
  const row = await findUserByEmail(db, email);
  if (!row) throw errors.notFound('user', email);
  return getUser(db, row.id);
}

/** Applies migrations and loads the official region list when missing. */
export async function prepareDatabase({ db }: Pick<OpenDatabase, 'db'>): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) say(words(M.applied, { list: applied.join(', ') }));
  const regions = await ensureRegions(db);
  if (applied.length > 0) say(words(M.regions, { n: regions }));
}
