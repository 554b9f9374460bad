import { centerNetworkAccess } from '../center-network/center-network.policy.ts';
import { CenterNetworkQuerySchema } from '../center-network/center-network.schema.ts';
import { assertMayReadCenterNetwork } from '../center-network/center-network.service.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema } from '../shared/pagination.ts';
import { NetworkChangeQuerySchema } from './center-analysis.queries.ts';
import { CenterAnalysisSchema, NetworkChangeSchema } from './center-analysis.schema.ts';
import { centerAnalysisFor } from './center-analysis.service.ts';
import { networkChange } from './network-change.service.ts';

const tags = ['analysis'];

/** `GET /centers/:id/analysis` and `GET /centers/:id/network/change`, readable as the centre's network is. */
export async function centerAnalysisRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/centers/:id/analysis',
    {
      schema: {
        tags,
        summary:
          'Indicators, pattern, node measures, camps and brokers of a centre (stored; recomputed when its ties change)',
        params: IdParamsSchema,
        querystring: CenterNetworkQuerySchema,
        response: { 200: CenterAnalysisSchema },
      },
      config: { access: centerNetworkAccess },
    },
    async (request) => {
      await assertMayReadCenterNetwork(db, request.actor, request.params.id);
      return centerAnalysisFor(db, request.actor, request.params.id, request.query.at);
    },
  );

  app.get(
    '/centers/:id/network/change',
    {
      schema: {
        tags,
        summary: 'Ties gained, lost and flipped between two dates, with the indicators at both',
        params: IdParamsSchema,
        querystring: NetworkChangeQuerySchema,
        response: { 200: NetworkChangeSchema },
      },
      config: { access: centerNetworkAccess },
    },
    async (request) => {
      await assertMayReadCenterNetwork(db, request.actor, request.params.id);
      return networkChange(db, request.actor, request.params.id, request.query.from, request.query.to);
    },
  );
}
