import type { Actor } from '../auth/actor.ts';
import { assertInScope } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { findCenterRegionCodes } from './centers.repo.ts';

/** 403 unless `rule` allows the actor on the centre `id` (a missing centre falls through to the service's 404). */
export async function checkCenter(
  db: Db,
  actor: Actor,
  id: string,
  rule: (actor: Actor, center: { id: string; regionCodes: string[] }) => boolean,
): Promise<void> {
  const regionCodes = isUuid(id) ? await findCenterRegionCodes(db, id) : undefined;
  if (regionCodes) assertInScope(rule(actor, { id, regionCodes }));
}
