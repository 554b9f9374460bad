import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { IdParamsSchema } from '../../shared/pagination.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { CenterNetworkQuerySchema, CenterNetworkSchema } from './network.schema.ts';
import { centerNetworkFor } from './network.service.ts';

const tags = ['network'];

/** `GET /centers/:id/network`: the nodes and ties of a centre, at a date or over all time. */
export async function centerNetworkRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  app.get(
    '/centers/:id/network',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: CenterNetworkQuerySchema,
        response: { 200: CenterNetworkSchema },
      },
      config: { access: centerNetworkAccess },
    },
    async (request) => {
      await assertMayReadCenterNetwork(db, request.actor, request.params.id);
      return centerNetworkFor(db, request.actor, pseudonymKey, request.params.id, request.query.at);
    },
  );
}
