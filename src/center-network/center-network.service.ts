import type { Actor } from '../auth/actor.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import type { Db } from '../db/database.ts';
import { interactionPolicy } from '../interactions/interactions.policy.ts';
import { loadCenterNetwork } from './center-network.repo.ts';
import type { CenterNetwork } from './center-network.schema.ts';

/**
 * A centre's network as `actor` may see it: only the ties the interaction policy lets them read, and
 * firms as stable pseudonyms for researchers without personal-data access (institutions keep their names,
 * as institutions are public). The caller checks first that the centre exists and is readable.
 */
export async function centerNetworkFor(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  at: string | undefined,
): Promise<CenterNetwork> {
  const network = await loadCenterNetwork(db, centerId, at, interactionPolicy.readScope(actor));
  if (!seesPseudonyms(actor)) return network;
  return {
    ...network,
    nodes: network.nodes.map((n) =>
      n.kind === 'enterprise'
        ? { ...n, label: pseudonym(pseudonymKey, 'IKM', n.id), latitude: null, longitude: null }
        : n,
    ),
  };
}
