import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { centerNetworkFor } from './network.service.ts';

const tags = ['network'];

/** `GET /centers/:id/network`: the nodes and ties of a centre, at a date or over all time. */
export async function centerNetworkRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(app, 'GET /centers/:id/network', { access: centerNetworkAccess, tags: tags }, async (request) => {
    await assertMayReadCenterNetwork(db, request.actor, request.params.id);
    return centerNetworkFor(db, request.actor, pseudonymKey, request.params.id, request.query.at);
  });
}
