import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../networks/access/network.policy.ts';
import { regionCenters } from '../networks/compare/compare.service.ts';

/**
 * Who may read a centre's ecosystem index: whoever may read its network analysis, since two of its
 * elements are network indicators (and the reader sees them over the ties they may see). The answer holds
 * aggregates and centre names only, never a firm.
 */
export const ecosystemAccess = centerNetworkAccess;

/** 404 for an unknown centre, 403 for one whose network `actor` may not read; checked for every listed centre. */
export async function assertMayReadEcosystems(
  db: Db,
  actor: Actor,
  centerIds: readonly string[],
): Promise<void> {
  for (const id of centerIds) await assertMayReadCenterNetwork(db, actor, id);
}

/** The live centres of `province` that `actor` may read, by name: the default compared set. */
export function readableCentersOf(db: Db, actor: Actor, province: string): Promise<string[]> {
  return regionCenters(db, actor, province);
}
