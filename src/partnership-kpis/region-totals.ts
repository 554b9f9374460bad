import type { Actor } from '../auth/actor.ts';
import { regionInScope, roleAllows } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { poolSavings } from '../pools/pool-kpi.ts';
import { ratio } from './kpis.ts';
import { partnershipKpisAccess } from './partnership-kpis.policy.ts';
import { cohortRows, invitationRows, type KpiPeriod, realisedRequestIds } from './partnership-kpis.repo.ts';
import type { RegionPartnershipTotals } from './partnership-kpis.schema.ts';

/**
 * Whether `actor` sees a region's partnership totals on the overview (any signed-in user reads the
 * overview): only a reader of the analysis of every centre in it — admin, ministry and researchers
 * everywhere, a regional officer within their regions. A centre manager's and an enterprise user's
 * overview has none: a region of one centre would show that centre's KPIs.
 */
export function seesRegionPartnerships(actor: Actor, regionCode: string | undefined): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user' || !roleAllows(actor.role, false, partnershipKpisAccess)) return false;
  if (actor.role === 'admin' || actor.role === 'ministry' || actor.role === 'researcher') return true;
  return actor.role === 'regional_officer' && regionInScope(actor, regionCode);
}

/**
 * The region's totals over its centres: distinct requests (one aimed at two of its centres counts once),
 * response rate and conversion over those, and the centres' pool savings summed. Same definitions as a
 * centre's KPIs (kpis.ts), nulls without denominator.
 */
export async function regionPartnershipTotals(
  db: Db,
  centerIds: readonly string[],
  period: KpiPeriod,
): Promise<RegionPartnershipTotals> {
  const requestIds = [...new Set((await cohortRows(db, centerIds, period)).map((r) => r.request_id))];
  const [invitations, realised, pools] = await Promise.all([
    invitationRows(db, requestIds),
    realisedRequestIds(db, requestIds),
    poolSavings(db, centerIds, period),
  ]);
  const answered = invitations.filter((i) => i.answered).length;
  const costAlone = pools.reduce((acc, p) => acc + p.costAlone, 0);
  const savings = pools.reduce((acc, p) => acc + p.savings, 0);
  return {
    from: period.from,
    to: period.to,
    requests: requestIds.length,
    responseRate: ratio(answered, invitations.length),
    conversion: ratio(realised.length, requestIds.length),
    poolSavings: savings,
    poolSavingsShare: ratio(savings, costAlone),
  };
}
