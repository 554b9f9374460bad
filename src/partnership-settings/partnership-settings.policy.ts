import type { Actor } from '../auth/actor.ts';
import { isNational, readBy, writeBy } from '../auth/policy.ts';
import { centerPolicy, checkCenter } from '../centers/centers.policy.ts';
import type { Db } from '../db/database.ts';

/**
 * Who may see and change a centre's partnership settings. They steer whose requests are held for review
 * and how candidates are ranked, so they belong to those who run the centre: the admin, the regional
 * officers whose regions cover it and its managers; the ministry reads them to compare centres.
 */
export const partnershipSettingsPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager'),
  edit: writeBy('admin', 'regional_officer', 'center_manager'),
};

/** 403 unless `actor` may read the settings of centre `centerId` (a missing centre is the service's 404). */
export async function assertMayReadSettings(db: Db, actor: Actor, centerId: string): Promise<void> {
  await checkCenter(db, actor, centerId, (a, center) => isNational(a) || centerPolicy.canUpdate(a, center));
}

/** 403 unless `actor` may change the settings of centre `centerId`. */
export async function assertMayEditSettings(db: Db, actor: Actor, centerId: string): Promise<void> {
  await checkCenter(db, actor, centerId, centerPolicy.canUpdate);
}
