import { Command } from 'commander';
import { AnalysisError } from '../analysis/index.ts';
import { findUserByEmail } from '../auth/users.repo.ts';
import { getUser } from '../auth/users.service.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Db, type OpenDatabase, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureRegions } from '../regions/regions.loader.ts';
import { analysisAppError } from '../shared/analysis-messages.ts';
import { AppError, errors } from '../shared/errors.ts';
import { type Lang, withLang } from '../shared/i18n.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';

/** Writes a line for the person at the terminal (stderr, so stdout stays clean for data). */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

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

/**
 * An error detail's path for people: file problems carry a machine-readable `sheet S, row 12, column tkl`
 * (the API's contract), which the terminal shows in the user's language.
 */
export function readablePath(path: string, en: boolean): string {
  if (en) return path;
  return path
    .replace(/^sheet (.+?), row /, 'lembar $1, row ')
    .replace(/\brow (\d+), column /, 'baris $1, kolom ');
}

/**
 * Runs a command action in the chosen language; known errors become a readable message and exit
 * code 1 (2 for invalid input), never a stack trace.
 */
export function action<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  return async (...args: A): Promise<void> => {
    // Commander passes (…arguments, options, command); the command knows the options, global ones included.
    const command = args.findLast((a): a is Command => a instanceof Command);
    const lang = (command?.optsWithGlobals() as { lang?: Lang } | undefined)?.lang;
    try {
      await withLang(lang === 'en' ? 'en' : 'id', () => run(...args));
    } catch (thrown) {
      // The analysis core throws codes, not words: translated here in the command's language.
      const error =
        thrown instanceof AnalysisError
          ? withLang(lang === 'en' ? 'en' : 'id', () => analysisAppError(thrown))
          : thrown;
      if (error instanceof AppError) {
        say(error.message);
        const en = lang === 'en';
        // A single detail that is the message itself (a file's header row) is said once.
        const repeated = error.details.length === 1 && error.details[0]?.message === error.message;
        const details = repeated ? [] : error.details;
        for (const detail of details.slice(0, 50))
          say(`  ${readablePath(detail.path, en)}: ${detail.message}`);
        if (details.length > 50) say(`  … ${details.length - 50} ${en ? 'more' : 'lagi'}`);
        process.exitCode = error.status < 500 ? 2 : 1;
        return;
      }
      say(words(M.error, { message: (error as Error).message }));
      process.exitCode = 1;
    }
  };
}
