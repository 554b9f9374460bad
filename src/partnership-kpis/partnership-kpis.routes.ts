import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertMayReadPartnershipKpis, partnershipKpisAccess } from './partnership-kpis.policy.ts';
import { centerPartnershipKpis, kpiPeriod } from './partnership-kpis.service.ts';

/** `GET /centers/:id/partnership-kpis?from=&to=`: a centre's partnership KPIs over a period. */
export async function partnershipKpiRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/partnership-kpis',
    {
      access: partnershipKpisAccess,
      tags: ['analysis'],
      summary:
        "A centre's partnership KPIs: requests, response rate, conversion to ties, days to award, micro share, Gini, pool savings",
      description:
        'Over the requests published in the period (default the last 12 months up to today) that target the ' +
        'centre; a ratio without denominator is null.',
    },
    async (request) => {
      const { id } = request.params;
      await assertMayReadPartnershipKpis(db, request.actor, id);
      return centerPartnershipKpis(db, id, kpiPeriod(request.query));
    },
  );
}
