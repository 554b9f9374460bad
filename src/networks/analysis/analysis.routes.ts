import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { IdParamsSchema } from '../../shared/pagination.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { CenterNetworkQuerySchema } from '../view/network.schema.ts';
import { CenterAnalysisSchema } from './analysis.schema.ts';
import { centerAnalysisFor } from './analysis.service.ts';

const tags = ['analysis'];

/** `GET /centers/:id/analysis`, readable as the centre's network is. */
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
}
