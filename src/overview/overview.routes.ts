import { SIGNED_IN } from '../auth/policy.ts';
import { seesRegionCaseKpis } from '../case-kpis/case-kpis.policy.ts';
import { caseKpisOver } from '../case-kpis/case-kpis.service.ts';
import { readDb } from '../http/read-db.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { kpiPeriod } from '../partnership-kpis/partnership-kpis.service.ts';
import { regionPartnershipTotals, seesRegionPartnerships } from '../partnership-kpis/region-totals.ts';
import { OVERVIEW_CENTER_LIST_LIMIT } from './overview.schema.ts';
import { getOverview } from './overview.service.ts';

/**
 * `GET /api/overview`: aggregates for the web app's overview screen in one call. Signed-in only: the sums
 * of a centre with five members come close to one firm's figures. A region with more centres than
 * `OVERVIEW_CENTER_LIST_LIMIT` (the whole country at national scale) is answered by its child regions
 * alone; the partnership and case totals still count every centre.
 */
export async function overviewRoutes(app: SimpulApp, deps: AppDeps): Promise<void> {
  route(app, 'GET /overview', { access: SIGNED_IN, tags: ['overview'] }, async (request) => {
    const db = readDb(deps, request); // may lag: see read-db.ts
    const { centerIds, ...overview } = await getOverview(db, request.query, {
      listLimit: OVERVIEW_CENTER_LIST_LIMIT,
    });
    const partnerships = seesRegionPartnerships(request.actor, request.query.region)
      ? await regionPartnershipTotals(db, centerIds, kpiPeriod({}))
      : null;
    const cases = seesRegionCaseKpis(request.actor, request.query.region)
      ? await caseKpisOver(db, centerIds, kpiPeriod({}))
      : null;
    return { ...overview, partnerships, cases };
  });
}
