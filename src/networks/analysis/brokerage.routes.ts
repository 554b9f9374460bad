import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { centerBrokerageFor } from './brokerage.service.ts';

/** `GET /centers/:id/analysis/brokerage`: brokerage by a chosen grouping, readable as the centre's network is. */
export async function centerBrokerageRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/analysis/brokerage',
    {
      access: centerNetworkAccess,
      tags: ['analysis'],
      summary:
        'Gould–Fernandez brokerage roles by a grouping (community, village, product line, KBLI, size class, ' +
        'institution) with expected values and z-scores, and the conflicts between brokered parties',
      description:
        'Computed on demand from the ties the reader may see (collaboration ties only); expected values and ' +
        'standard deviations follow R sna::brokerage (a random graph of the observed density, groups kept), or ' +
        "with `model=permutation` the graph is kept and the other nodes' group labels are shuffled.",
    },
    async (request) => {
      const { id } = request.params;
      await assertMayReadCenterNetwork(db, request.actor, id);
      const { grouping, at, model } = request.query;
      return centerBrokerageFor(db, request.actor, pseudonymKey, id, grouping ?? 'community', at, model);
    },
  );
}
