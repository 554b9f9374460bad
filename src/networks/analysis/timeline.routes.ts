import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { sendStored } from '../view/body-cache.ts';
import { centerLayersFor, storedCenterTimeline } from './timeline.service.ts';

const tags = ['analysis'];

/**
 * `GET /centers/:id/analysis/layers` and `…/timeline`, computed on demand, readable as the centre's
 * analysis is and over the ties the reader may see.
 */
export async function centerTimelineRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/analysis/layers',
    {
      access: centerNetworkAccess,
      tags,
      summary:
        'Tie-type layers of a centre: ties, density, groups and active firms per type, and their overlap',
    },
    async (request) => {
      const { id } = request.params;
      await assertMayReadCenterNetwork(db, request.actor, id);
      return centerLayersFor(db, request.actor, id, request.query.at ?? null);
    },
  );
  route(
    app,
    'GET /centers/:id/analysis/timeline',
    {
      access: centerNetworkAccess,
      tags,
      summary:
        "A centre's indicators year by year: density, normalised frustration, pattern and tie persistence",
      description:
        'Answers carry an `ETag`; a request with `If-None-Match` naming it gets 304 Not Modified until the ' +
        'network, the reader’s scope or the day change.',
    },
    async (request, reply) => {
      const { id } = request.params;
      const versions = await assertMayReadCenterNetwork(db, request.actor, id);
      return sendStored(request, reply, await storedCenterTimeline(db, request.actor, id, versions));
    },
  );
}
