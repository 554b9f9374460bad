import { readDb } from '../../http/read-db.ts';
import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../access/network.policy.ts';
import { sendStored } from './body-cache.ts';
import { storedCenterNetwork } from './network.service.ts';

const tags = ['network'];

/** `GET /centers/:id/network`: the nodes and ties of a centre, at a date or over all time. */
export async function centerNetworkRoutes(app: SimpulApp, deps: AppDeps): Promise<void> {
  const { pseudonymKey } = deps;
  route(
    app,
    'GET /centers/:id/network',
    {
      access: centerNetworkAccess,
      tags,
      summary: 'Nodes and ties of a centre as the reader may see them',
      description:
        '`format=compact` answers a node table and one array per tie field (what the web reads); the ' +
        "default is one object per tie; with `format=compact`, `tieIds=omit` leaves out the ties' ids " +
        '(a drawing keys ties by position). Answers carry an `ETag`; a request with `If-None-Match` naming ' +
        'it gets 304 Not Modified until the network, its names or the reader’s scope change.',
    },
    async (request, reply) => {
      const db = readDb(deps, request); // may lag: see read-db.ts
      const { id } = request.params;
      const versions = await assertMayReadCenterNetwork(db, request.actor, id);
      const { at, format, tieIds } = request.query;
      const body = await storedCenterNetwork(
        db,
        request.actor,
        pseudonymKey,
        id,
        at,
        format === 'compact' ? { tieIds: tieIds !== 'omit' } : 'full',
        versions,
      );
      return sendStored(request, reply, body);
    },
  );
}
