import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { sendStored } from '../view/body-cache.ts';
import { storedGroups } from './groups.service.ts';

const tags = ['analysis'];

/** `GET /centers/:id/analysis/blockmodel` and `…/communities`, readable as the centre's network is. */
export async function centerGroupRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/analysis/blockmodel',
    {
      access: centerNetworkAccess,
      tags,
      summary:
        'Signed blockmodel (Doreian & Mrvar) of a centre: k positions, the block image and the inconsistencies; for k = 2 the frustration index beside it',
      description:
        'Exact when at most 12 nodes have ties, else a seeded local search with restarts (same seed, same ' +
        'positions). Computed from the ties the reader may see; answers carry an `ETag`.',
    },
    async (request, reply) => {
      const { id } = request.params;
      const versions = await assertMayReadCenterNetwork(db, request.actor, id);
      const body = await storedGroups(db, request.actor, id, versions, {
        kind: 'blockmodel',
        query: request.query,
      });
      return sendStored(request, reply, body);
    },
  );
  route(
    app,
    'GET /centers/:id/analysis/communities',
    {
      access: centerNetworkAccess,
      tags,
      summary:
        'Communities of a centre’s collaboration ties by Louvain or Leiden at a resolution, with modularity',
      description:
        'Louvain at resolution 1 and seed 1 gives the stored analysis’s communities; Leiden’s communities are ' +
        'always connected. Computed from the ties the reader may see; answers carry an `ETag`.',
    },
    async (request, reply) => {
      const { id } = request.params;
      const versions = await assertMayReadCenterNetwork(db, request.actor, id);
      const body = await storedGroups(db, request.actor, id, versions, {
        kind: 'communities',
        query: request.query,
      });
      return sendStored(request, reply, body);
    },
  );
}
