import type { Actor } from '../auth/actor.ts';
import { readBy, writeBy } from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { interventionCenterId } from './interventions.repo.ts';

/**
 * Interventions are recorded by the centre's managers and the Dinas officers whose regions cover it (the
 * admin too), and read by them and the ministry. Researchers and viewers get none: an intervention names
 * the firms it reached, and the effect figures are shown with those names beside them.
 */
export const interventionPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager'),
  record: writeBy('admin', 'regional_officer', 'center_manager'),
};

/** 403 unless centre `centerId` is in the actor's scope (a missing centre passes, for the service's 404). */
export async function assertCenterInterventionsInScope(
  db: Db,
  actor: Actor,
  centerId: string,
): Promise<void> {
  await assertRecordInScope(db, 'centers', centerId, (column) => centerScope(actor, column));
}

/** 403 unless intervention `id`'s centre is in the actor's scope (a missing one passes, for the 404). */
export async function assertInterventionInScope(db: Db, actor: Actor, id: string): Promise<void> {
  const centerId = isUuid(id) ? await interventionCenterId(db, id) : undefined;
  if (centerId) await assertCenterInterventionsInScope(db, actor, centerId);
}
