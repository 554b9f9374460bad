import { z } from 'zod';
import { loadUserActor } from '../../auth/auth.plugin.ts';
import { inTransaction } from '../../db/database.ts';
import { defineTask } from '../../jobs/define.ts';
import { notify } from '../../notifications/notify.ts';
import { AppError } from '../../shared/errors.ts';
import { t, withLang } from '../../shared/i18n.ts';
import { regionExportPolicy } from './region-exports.policy.ts';
import {
  expireRegionExports,
  failRegionExport,
  findRegionExportJob,
  finishRegionExport,
  setRegionExportProgress,
  startRegionExport,
} from './region-exports.repo.ts';
import { writeRegionZip } from './write-region-zip.ts';

/** Runs before an unexpected failure (a lost connection, not a refusal) is stored as the export's end. */
export const REGION_EXPORT_ATTEMPTS = 3;

/** How long a finished export's file is kept. */
export const REGION_EXPORT_KEEP_DAYS = 7;

/**
 * Writes a queued region export as the user who asked for it (their rights as they are now, their
 * language). It only reads the registry and stores the whole file in one UPDATE at the end, so a worker
 * killed half-way leaves no file, and the next attempt starts again from the first kind.
 */
export const regionExportTask = defineTask(
  'region-export.run',
  z.object({ exportId: z.uuid() }),
  async ({ exportId }, { db, attempt }) => {
    const entry = await findRegionExportJob(db, exportId);
    if (!entry || !(await startRegionExport(db, exportId))) return;
    const ref = { type: 'region_export' as const, id: exportId };
    const region = `${entry.region_name} (${entry.region_code})`;
    await withLang(entry.language, async () => {
      try {
        const actor = await loadUserActor(db, entry.user_id, { via: entry.via, readOnly: true });
        const user = regionExportPolicy.assertMayExportRegion(actor, entry.region_code);
        // Progress goes one write at a time, never awaited by the export, so a slow write never slows it.
        let progress = Promise.resolve();
        const file = await writeRegionZip(db, user, entry.region_code, entry.format, (phase, rowsWritten) => {
          progress = progress
            .then(() => setRegionExportProgress(db, exportId, { phase, rowsWritten }))
            .catch(() => {});
        });
        await progress;
        const day = new Date().toISOString().slice(0, 10);
        const rows = Object.values(file.counts).reduce((sum, n) => sum + n, 0);
        await inTransaction(db, async (trx) => {
          await finishRegionExport(trx, exportId, {
            name: `simpul-${entry.region_code}-${day}.zip`,
            bytes: file.bytes,
            counts: file.counts,
          });
          await notify(trx, [entry.user_id], 'job_result', ref, 'region_export.done', { region, rows });
        });
      } catch (error) {
        if (!(error instanceof AppError) && attempt < REGION_EXPORT_ATTEMPTS) throw error;
        const body =
          error instanceof AppError
            ? { code: error.code, message: error.message, details: error.details }
            : { code: 'internal' as const, message: t('internal', { requestId: exportId }), details: [] };
        await inTransaction(db, async (trx) => {
          await failRegionExport(trx, exportId, body);
          await notify(trx, [entry.user_id], 'job_result', ref, 'region_export.failed', {
            region,
            reason: body.message,
          });
        });
      }
    });
  },
  { ownTransactions: true },
);

/** Drops the files of exports finished more than a week ago (scheduled nightly in jobs/tasks.ts). */
export const regionExportExpiryTask = defineTask(
  'region-export.expire',
  z.object({}),
  async (_payload, { db }) => {
    await expireRegionExports(db, new Date(Date.now() - REGION_EXPORT_KEEP_DAYS * 86_400_000));
  },
);
