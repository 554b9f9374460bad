import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { currentLang } from '../../shared/i18n.ts';
import { centerNetworkAccess } from '../access/network.policy.ts';
import { networkForExport, renderNetwork } from './export.service.ts';

/**
 * `GET /centers/:id/network/export?format=gexf|graphml|csv&at=&part=`: the network of
 * `GET /centers/:id/network` as a file, under the same access rule and scope check.
 */
export async function networkExportRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/network/export',
    {
      access: centerNetworkAccess,
      tags: ['network'],
      summary: "A centre's network as GEXF 1.3, GraphML or a CSV edge or node list",
    },
    async (request, reply) => {
      const { format, at, part } = request.query;
      const network = await networkForExport(db, request.actor, pseudonymKey, request.params.id, at);
      const file = renderNetwork(network, format, part, currentLang());
      const name = `sentra-${request.params.id}${at ? `-${at}` : ''}${file.suffix}`;
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(file.body);
    },
  );
}
