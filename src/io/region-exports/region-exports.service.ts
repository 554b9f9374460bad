import type { Actor } from '../../auth/actor.ts';
import { requireUser } from '../../auth/policy.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { isUuid } from '../../db/versioned.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import { lockAndCountUnfinished } from '../../jobs/per-user-quota.repo.ts';
import { findRegion } from '../../regions/regions.repo.ts';
import { AppError, errors } from '../../shared/errors.ts';
import { labelOf } from '../../shared/field-labels.ts';
import { currentLang, tr } from '../../shared/i18n.ts';
import { REGION_EXPORT_ATTEMPTS, REGION_EXPORT_KEEP_DAYS, regionExportTask } from './region-export.task.ts';
import { REGION_EXPORT_MESSAGES as M } from './region-exports.messages.ts';
import { assertMayReadExport, regionExportPolicy } from './region-exports.policy.ts';
import {
  findRegionExport,
  findRegionExportFile,
  insertRegionExport,
  listRegionExports,
} from './region-exports.repo.ts';
import type { RegionExport, RegionExportCreate } from './region-exports.schema.ts';

/** How many exports one user may have waiting or running at once (each reads a whole region). */
export const REGION_EXPORTS_PER_USER = 2;

/**
 * Queues an export of `regionCode`'s data for `actor`: the row and its job in one transaction, so the
 * job exists exactly when the export does. 422 for an unknown region, 403 for one outside their area.
 */
export async function createRegionExport(
  db: Db,
  actor: Actor,
  body: RegionExportCreate,
): Promise<RegionExport> {
  const user = regionExportPolicy.assertMayExportRegion(actor, body.regionCode);
  if (!(await findRegion(db, body.regionCode))) {
    const field = labelOf(['regionCode'])[currentLang()];
    throw errors.referenceMissing(field, body.regionCode);
  }
  const id = await inTransaction(db, async (trx) => {
    if ((await lockAndCountUnfinished(trx, 'region_exports', user.userId)) >= REGION_EXPORTS_PER_USER) {
      throw new AppError('rate_limited', tr(M.tooMany, { limit: REGION_EXPORTS_PER_USER }), [], {
        retryAfterSeconds: 30,
      });
    }
    const exportId = await insertRegionExport(trx, {
      userId: user.userId,
      via: user.via,
      language: currentLang(),
      regionCode: body.regionCode,
      format: body.format,
    });
    await enqueue(trx, regionExportTask.name, { exportId }, { maxAttempts: REGION_EXPORT_ATTEMPTS });
    return exportId;
  });
  return (await findRegionExport(db, id)) as RegionExport;
}

/** An export for `actor`: 404 when unknown, 403 when another user's (unless `actor` is an admin). */
export async function readRegionExport(db: Db, actor: Actor, id: string): Promise<RegionExport> {
  return assertMayReadExport(actor, id, isUuid(id) ? await findRegionExport(db, id) : undefined);
}

/** The signed-in user's 20 most recent exports. */
export function listOwnRegionExports(db: Db, actor: Actor): Promise<RegionExport[]> {
  return listRegionExports(db, requireUser(actor).userId, 20);
}

/** The ZIP of a finished export; 409 while it is not ready (or after its file was dropped). */
export async function readRegionExportFile(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ name: string; bytes: Buffer }> {
  const entry = await readRegionExport(db, actor, id);
  const file = await findRegionExportFile(db, entry.id);
  if (file) return file;
  throw new AppError(
    'conflict',
    entry.status === 'expired' ? tr(M.expired, { days: REGION_EXPORT_KEEP_DAYS }) : tr(M.notReady),
  );
}
