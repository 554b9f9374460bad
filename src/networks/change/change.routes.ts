import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { IdParamsSchema } from '../../shared/pagination.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { NetworkChangeQuerySchema, NetworkChangeSchema } from './change.schema.ts';
import { networkChange } from './change.service.ts';

const tags = ['analysis'];

/** `GET /centers/:id/network/change`, readable as the centre's network is. */
export async function networkChangeRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
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
