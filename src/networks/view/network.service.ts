import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { networkAsSeenBy, networkTieScope } from '../access/network.policy.ts';
import { loadCenterNetwork } from '../load/network.repo.ts';
import type { CenterNetwork } from './network.schema.ts';

/**
 * A centre's network at `at` as `actor` may see it (`networks/access`: the ties they may read, pseudonyms,
 * coordinates). The caller checks first that the centre exists and is readable
 * (`assertMayReadCenterNetwork`).
 */
export async function centerNetworkFor(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  at: string | undefined,
): Promise<CenterNetwork> {
  const loaded = await loadCenterNetwork(db, centerId, at ?? null, networkTieScope(actor));
  return networkAsSeenBy(db, actor, pseudonymKey, loaded);
}
