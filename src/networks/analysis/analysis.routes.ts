import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { centerAnalysisFor } from './analysis.service.ts';

const tags = ['analysis'];

/** `GET /centers/:id/analysis`, readable as the centre's network is. */
export async function centerAnalysisRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/analysis',
    {
      access: centerNetworkAccess,
      tags: tags,
      summary:
        'Indicators, pattern, node measures, camps and brokers of a centre (stored; recomputed when its ties change)',
    },
    async (request) => {
      await assertMayReadCenterNetwork(db, request.actor, request.params.id);
      return centerAnalysisFor(db, request.actor, request.params.id, request.query.at);
    },
  );
}
