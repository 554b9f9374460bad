import type { Actor } from '../auth/actor.ts';
import { type Access, assertInScope, regionInScope } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../networks/access/network.policy.ts';

/**
 * Who may print a centre report: whoever may read the centre's network, analysis and KPIs (the report is
 * made of them), so the web asks the existing `networks.read` ability. What the reader sees inside is what
 * the screens show them: ties by the interaction policy, firms as pseudonyms for researchers without
 * personal-data access, suppressed case counts; no person's name, phone or address is printed at all.
 */
export const reportAccess: Access = centerNetworkAccess;

/** 404 for an unknown centre, 403 unless `actor` may read its network. */
export async function assertMayReadCenterReport(db: Db, actor: Actor, centerId: string): Promise<void> {
  await assertMayReadCenterNetwork(db, actor, centerId);
}

/**
 * 403 unless `actor` may print the report of region `code`: a regional officer only inside their regions;
 * anyone else when at least one of the region's centres is theirs to read (`readable` of `total`); the
 * report then holds only those centres. A region without centres gives an empty report.
 */
export function assertMayReadRegionReport(actor: Actor, code: string, readable: number, total: number): void {
  if (actor.kind === 'user' && actor.role === 'regional_officer') assertInScope(regionInScope(actor, code));
  assertInScope(total === 0 || readable > 0);
}
