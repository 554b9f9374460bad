import type { Actor } from '../auth/actor.ts';
import type { Access } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../networks/access/network.policy.ts';

/**
 * Who may read a centre's partnership KPIs: whoever may read its network analysis (the same route rule,
 * so the web asks the `networks.read` ability). The KPIs are counts, shares and indices over all the
 * centre's requests, awards and pools, and name no firm, quote or price, so no reader sees fewer rows
 * than another: there is nothing of a firm outside the reader's scope to hide.
 */
export const partnershipKpisAccess: Access = centerNetworkAccess;

/** 404 for an unknown centre, 403 unless `actor` may read its network analysis. */
export async function assertMayReadPartnershipKpis(db: Db, actor: Actor, centerId: string): Promise<void> {
  await assertMayReadCenterNetwork(db, actor, centerId);
}
