import type { Actor } from '../auth/actor.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { getCenter } from '../centers/centers.service.ts';
import type { Db } from '../db/database.ts';
import { interactionPolicy } from '../interactions/interactions.policy.ts';
import { assertMayReadMembers } from '../memberships/memberships.guards.ts';
import { loadCenterNetwork } from './center-network.repo.ts';
import type { CenterNetwork } from './center-network.schema.ts';

/**
 * 404 for an unknown centre, 403 unless `actor` may read its network: whoever may read its member list
 * (the nodes are its members). Every route on a centre's network, analysis, change or export checks this.
 */
export async function assertMayReadCenterNetwork(db: Db, actor: Actor, centerId: string): Promise<void> {
  await getCenter(db, centerId);
  await assertMayReadMembers(db, actor, 'center', centerId);
}

/**
 * A centre's network as `actor` may see it: only the ties the interaction policy lets them read, and
 * firms as stable pseudonyms for researchers without personal-data access (institutions keep their names,
 * as institutions are public). The caller checks first that the centre exists and is readable
 * (`assertMayReadCenterNetwork`).
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
