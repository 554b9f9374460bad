import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { networkChange } from './change.service.ts';

const tags = ['analysis'];

/** `GET /centers/:id/network/change`, readable as the centre's network is. */
export async function networkChangeRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/network/change',
    {
      access: centerNetworkAccess,
      tags: tags,
      summary: 'Ties gained, lost and flipped between two dates, with the indicators at both',
    },
    async (request) => {
      await assertMayReadCenterNetwork(db, request.actor, request.params.id);
      return networkChange(db, request.actor, request.params.id, request.query.from, request.query.to);
    },
  );
}
