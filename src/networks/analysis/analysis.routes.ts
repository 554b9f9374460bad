import { readDb } from '../../http/read-db.ts';
import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { sendStored } from '../view/body-cache.ts';
import { storedCenterAnalysis } from './analysis.service.ts';

const tags = ['analysis'];

/** `GET /centers/:id/analysis`, readable as the centre's network is. */
export async function centerAnalysisRoutes(app: SimpulApp, deps: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/analysis',
    {
      access: centerNetworkAccess,
      tags,
      summary:
        'Indicators, pattern, node measures, camps and brokers of a centre (stored; recomputed when its ties change)',
      description:
        'Answers carry an `ETag`; a request with `If-None-Match` naming it gets 304 Not Modified until the ' +
        'network or the reader’s scope change.',
    },
    async (request, reply) => {
      const db = readDb(deps, request); // may lag: see read-db.ts; a missing result is computed on the primary
      const { id } = request.params;
      const versions = await assertMayReadCenterNetwork(db, request.actor, id);
      const body = await storedCenterAnalysis(db, request.actor, id, request.query.at, versions, deps.db);
      return sendStored(request, reply, body);
    },
  );
}
