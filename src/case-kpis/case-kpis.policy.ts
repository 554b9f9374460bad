import type { Actor } from '../auth/actor.ts';
import { type Access, assertInScope, readBy, regionInScope, roleAllows } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../networks/access/network.policy.ts';

/**
 * Who may read a centre's conflict-case KPIs: whoever may read its partnership KPIs, that is its network
 * analysis (national roles and researchers everywhere, the region's officer and the centre's manager for
 * their centre; never an enterprise user or a viewer). The ministry sees no case but does see these: the
 * KPIs are its view of conflicts. They count every case of the centre, confidential ones included, which is
 * why every count under 3 and every complement that would reveal one is suppressed (case-kpis.ts): no
 * reader can learn of one case from them.
 */
export const centerCaseKpisAccess: Access = centerNetworkAccess;

/** 404 for an unknown centre, 403 unless `actor` may read its analysis. */
export async function assertMayReadCenterCaseKpis(db: Db, actor: Actor, centerId: string): Promise<void> {
  await assertMayReadCenterNetwork(db, actor, centerId);
}

/**
 * A region's case KPIs: the national roles and researchers everywhere, a regional officer within their
 * regions. Not a centre manager: a region of one centre would be that centre, which they read on its page.
 */
export const regionCaseKpisAccess: Access = readBy('admin', 'ministry', 'regional_officer', 'researcher');

/** 403 unless `actor` may read the case KPIs of region `code` (the route rule has already passed). */
export function assertMayReadRegionCaseKpis(actor: Actor, code: string): void {
  if (actor.kind !== 'user' || actor.role !== 'regional_officer') return;
  assertInScope(regionInScope(actor, code));
}

/** Whether `actor` sees the case KPIs of `regionCode` (all regions when undefined) on the overview. */
export function seesRegionCaseKpis(actor: Actor, regionCode: string | undefined): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user' || !roleAllows(actor.role, false, regionCaseKpisAccess)) return false;
  return actor.role !== 'regional_officer' || regionInScope(actor, regionCode);
}
