import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { kpiPeriod } from '../partnership-kpis/partnership-kpis.service.ts';
import {
  assertMayReadCenterCaseKpis,
  assertMayReadRegionCaseKpis,
  centerCaseKpisAccess,
  regionCaseKpisAccess,
} from './case-kpis.policy.ts';
import { centerCaseKpis, regionCaseKpis } from './case-kpis.service.ts';

const DESCRIPTION =
  'Over the cases reported in the period (default the last 12 months up to today). Every count under 3 ' +
  'is null, and a breakdown or rate that would give a hidden count back by subtraction is hidden too.';

/** `GET /centers/:id/case-kpis` and `GET /regions/:code/case-kpis`: suppressed conflict-case KPIs. */
export async function caseKpiRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/case-kpis',
    {
      access: centerCaseKpisAccess,
      tags: ['analysis'],
      summary:
        "A centre's conflict-case KPIs: cases by type and status, resolution rate, days to agreement, recurrence, commitments kept",
      description: DESCRIPTION,
    },
    async (request) => {
      const { id } = request.params;
      await assertMayReadCenterCaseKpis(db, request.actor, id);
      return centerCaseKpis(db, id, kpiPeriod(request.query));
    },
  );
  route(
    app,
    'GET /regions/:code/case-kpis',
    {
      access: regionCaseKpisAccess,
      tags: ['analysis'],
      summary: "A region's conflict-case KPIs over all its centres",
      description: DESCRIPTION,
    },
    async (request) => {
      const { code } = request.params;
      assertMayReadRegionCaseKpis(request.actor, code);
      return regionCaseKpis(db, code, kpiPeriod(request.query));
    },
  );
}
