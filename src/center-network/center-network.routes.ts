import type { AppDeps, SimpulApp } from '../http/types.ts';
import { membershipPolicy } from '../memberships/memberships.policy.ts';
import { IdParamsSchema } from '../shared/pagination.ts';
import { CenterNetworkQuerySchema, CenterNetworkSchema } from './center-network.schema.ts';
import { assertMayReadCenterNetwork, centerNetworkFor } from './center-network.service.ts';

const tags = ['network'];

/**
 * Who may read a centre's network: whoever may read its member list (the nodes are its members), seeing
 * only the ties the interaction policy shows them.
 */
export const centerNetworkAccess = membershipPolicy.read;

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
