// The actions of `simpul backup` and `simpul restore`, loaded when one runs (main.ts registers them).
import readline from 'node:readline/promises';
import { backupDatabase, restoreDatabase } from '../backup/backup.service.ts';
import { BACKUP_MESSAGES as M } from '../backup/backup-messages.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { withDatabase } from './runtime.ts';

const RESTORE_APP = 'simpul-restore';

/** `simpul backup FILE`: a consistent snapshot written atomically; its size and time printed. */
export async function backupCommand(file: string, options: { force?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const result = await backupDatabase(db, file, { force: options.force, onProgress: say });
    say(
      tr(M.written, {
        file,
        size: megabytes(result.bytes),
        tables: result.tables,
        rows: result.rows,
        seconds: (result.ms / 1000).toFixed(1),
      }),
    );
  });
}

/**
 * `simpul restore FILE`: into an empty database, or with `--force` (confirmed on a terminal, `--yes` in a
 * script) over a non-empty one. Opens the database without migrating it: the restore rebuilds the schema.
 */
export async function restoreCommand(
  file: string,
  options: { force?: boolean; yes?: boolean },
): Promise<void> {
  const database = await openDatabase(loadConfig(), { applicationName: RESTORE_APP, log: say, poolSize: 2 });
  try {
    const result = await restoreDatabase(database.db, file, {
      force: options.force,
      ownApplication: RESTORE_APP,
      onProgress: say,
      confirm: () => confirmed(file, options.yes === true),
    });
    say(
      tr(M.restored, {
        file,
        tables: result.tables,
        rows: result.rows,
        seconds: (result.ms / 1000).toFixed(1),
      }),
    );
  } finally {
    await database.close();
  }
}

/** True with `--yes`; on a terminal, the operator's typed "ya"/"yes"; in a script without `--yes`, refused. */
async function confirmed(file: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) throw new AppError('conflict', tr(M.needsYes));
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(tr(M.confirm, { file }))).trim().toLowerCase();
    return answer === 'ya' || answer === 'yes';
  } finally {
    rl.close();
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
