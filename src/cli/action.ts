import { Command } from 'commander';
import { type Lang, withLang } from '../shared/lang.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';

// Light on purpose: main.ts and every command's registration load this module, so `simpul --help`
// must not pay for what an action needs (the database, the services, zod): those load when one runs.

/** Writes a line for the person at the terminal (stderr, so stdout stays clean for data). */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
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
export function action<A extends unknown[]>(
  run: (...args: A) => Promise<void>,
  options: { validates?: boolean } = {},
) {
  return async (...args: A): Promise<void> => {
    // Commander passes (…arguments, options, command); the command knows the options, global ones included.
    const command = args.findLast((a): a is Command => a instanceof Command);
    const chosen = (command?.optsWithGlobals() as { lang?: Lang } | undefined)?.lang;
    const lang: Lang = chosen === 'en' ? 'en' : 'id';
    try {
      // Zod's messages in our words (set by i18n.ts) for every command, whatever its module imports; only
      // a command that validates nothing with zod (`network analyze`) starts without loading it.
      if (options.validates !== false) await import('../shared/i18n.ts');
      await withLang(lang, () => run(...args));
    } catch (thrown) {
      await report(thrown, lang);
    }
  };
}

/** Says what went wrong and sets the exit code; the error types load only now, on the failure path. */
async function report(thrown: unknown, lang: Lang): Promise<void> {
  const [{ AnalysisError }, { analysisAppError }, { AppError }] = await Promise.all([
    import('../analysis/analysis-error.ts'),
    import('../shared/analysis-messages.ts'),
    import('../shared/errors.ts'),
  ]);
  // The analysis core throws codes, not words: translated here in the command's language.
  const error = thrown instanceof AnalysisError ? withLang(lang, () => analysisAppError(thrown)) : thrown;
  if (error instanceof AppError) {
    say(error.message);
    const en = lang === 'en';
    // A single detail that is the message itself (a file's header row) is said once.
    const repeated = error.details.length === 1 && error.details[0]?.message === error.message;
    const details = repeated ? [] : error.details;
    for (const detail of details.slice(0, 50)) say(`  ${readablePath(detail.path, en)}: ${detail.message}`);
    if (details.length > 50) say(`  … ${details.length - 50} ${en ? 'more' : 'lagi'}`);
    process.exitCode = error.status < 500 ? 2 : 1;
    return;
  }
  say(words(M.error, { message: (error as Error).message }));
  process.exitCode = 1;
}

type Run = (...args: never[]) => Promise<void>;

/**
 * A command's action whose module is imported only when the command runs, so registering every command
 * (and printing help) loads none of their dependencies. `validates: false` for a command that uses no
 * zod schema (see `action`).
 */
export function lazyAction<K extends string, Module extends Record<K, Run>>(
  load: () => Promise<Module>,
  name: K,
  options: { validates?: boolean } = {},
) {
  return action(async (...args: Parameters<Module[K]>) => {
    const run = (await load())[name] as (...args: Parameters<Module[K]>) => Promise<void>;
    await run(...args);
  }, options);
}
