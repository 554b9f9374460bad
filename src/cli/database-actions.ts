// The actions of `simpul migrate` and `simpul demo`, loaded when one runs (main.ts registers them).
import { migrateToLatest } from '../db/migrate.ts';
import { loadDemo } from '../demo/demo.ts';
import { createDemoUsers, formatDemoUsers } from '../demo/demo-users.ts';
import { loadDemoResearch } from '../demo/research-load.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';
import { withDatabase } from './runtime.ts';

const NATIONAL_ONLY = {
  id: '--scale hanya berlaku dengan --national.',
  en: '--scale applies only with --national.',
};

/** `simpul migrate`: pending migrations applied (and the region list loaded, by withDatabase). */
export async function migrateCommand(): Promise<void> {
  await withDatabase(async ({ db }) => {
    const applied = await migrateToLatest(db);
    say(applied.length > 0 ? words(M.applied, { list: applied.join(', ') }) : words(M.upToDate));
  });
}

/**
 * `simpul demo`: the demo dataset loaded, on the embedded default its accounts made, the demo research
 * project loaded (where those accounts exist) and every centre analysed.
 */
export async function demoCommand(options: {
  reset?: boolean;
  seed: string;
  national?: boolean;
  scale?: string;
}): Promise<void> {
  if (options.national) {
    const { nationalDemoCommand } = await import('./national-demo-actions.ts');
    return nationalDemoCommand(options);
  }
  if (options.scale !== undefined) {
    throw new AppError('validation_failed', tr(NATIONAL_ONLY), [
      { path: '--scale', message: tr(NATIONAL_ONLY) },
    ]);
  }
  await withDatabase(async ({ db, mode }) => {
    const summary = await loadDemo(db, {
      reset: options.reset,
      seed: Number(options.seed),
      onProgress: say,
    });
    say(words(M.demoLoaded, { summary }));
    // Accounts are for trying Simpul out: only on the embedded default, never on an external server.
    if (mode === 'embedded') {
      const users = await createDemoUsers(db);
      if (users.length > 0) say(formatDemoUsers(users));
    }
    // The research project needs the demo researcher and coders; its evidence changes tie confidences, so
    // it comes before the analyses are stored.
    say(await loadDemoResearch(db, { seed: Number(options.seed) }));
    const { total } = await analyzeCenters(db, { at: null });
    say(words(M.analysesStored, { total }));
  });
}
