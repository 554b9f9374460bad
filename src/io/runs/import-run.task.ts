import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { withActor } from '../../auth/actor.ts';
import { loadUserActor } from '../../auth/auth.plugin.ts';
import type { Db } from '../../db/database.ts';
import { defineTask } from '../../jobs/define.ts';
import { AppError } from '../../shared/errors.ts';
import { t, withLang } from '../../shared/i18n.ts';
import { type ImportPhase, importTable } from '../import.service.ts';
import { importLimits } from '../import-limits.ts';
import type { ImportKind } from '../io.schema.ts';
import { reportToError } from '../issues.ts';
import {
  findImportRunRow,
  finishImportRun,
  setImportRunProgress,
  startImportRun,
} from './import-runs.repo.ts';

/** Runs before an unexpected failure (a lost connection, not a refused file) is stored as the run's end. */
export const IMPORT_RUN_ATTEMPTS = 3;

/**
 * Runs a queued import exactly as `POST /api/import/:kind` does, as the user who started it (their
 * rights, their name in the audit trail, their language in the messages). The rows and the run's report
 * commit in the import's one transaction, so a worker killed in between runs it again from the start and
 * a run that ended is not run twice. A refused file ends the run "failed" with the error the synchronous
 * import would have answered.
 */
export const importRunTask = defineTask(
  'import.run',
  z.object({ runId: z.uuid() }),
  async ({ runId }, { db, attempt }) => {
    const run = await findImportRunRow(db, runId);
    if (!run?.bytes || !(await startImportRun(db, runId))) return;
    const actor = await loadUserActor(db, run.user_id, { via: run.via, readOnly: false });
    await withLang(run.language, () =>
      withActor(actor, async () => {
        try {
          await runImport(db, run, runId);
        } catch (error) {
          if (!(error instanceof AppError) && attempt < IMPORT_RUN_ATTEMPTS) throw error;
          const body =
            error instanceof AppError
              ? { code: error.code, message: error.message, details: error.details }
              : { code: 'internal' as const, message: t('internal', { requestId: runId }), details: [] };
          await finishImportRun(db, runId, { error: body });
        }
      }),
    );
  },
  { ownTransactions: true },
);

type RunRow = NonNullable<Awaited<ReturnType<typeof findImportRunRow>>>;

async function runImport(db: Db, run: RunRow, runId: string): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'simpul-import-run-'));
  const file = path.join(folder, `upload.${run.format}`);
  // Progress goes over the pool, beside the import's transaction, one write at a time and never awaited by
  // the import: a reader polling the run sees it move while the rows are still uncommitted.
  let progress = Promise.resolve();
  const onProgress = (phase: ImportPhase, rows: number) => {
    progress = progress
      .then(() => setImportRunProgress(db, runId, { phase, rowsRead: rows }))
      .catch(() => {});
  };
  try {
    await writeFile(file, run.bytes as Buffer, { mode: 0o600 });
    await importTable(
      db,
      run.kind as ImportKind,
      { format: run.format, path: file },
      { ...run.options, dryRun: false },
      {
        limits: importLimits(run.body_limit),
        timeoutSeconds: run.timeout_seconds,
        onProgress,
        beforeCommit: async (trx, report) => {
          await progress;
          const error = report.errorCount > 0 ? reportToError(report) : undefined;
          await finishImportRun(trx, runId, {
            report,
            ...(error && { error: { code: error.code, message: error.message, details: error.details } }),
          });
        },
      },
    );
  } finally {
    await progress;
    await rm(folder, { recursive: true, force: true });
  }
}
