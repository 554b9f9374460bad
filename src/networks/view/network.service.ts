import { createHash } from 'node:crypto';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { networkAsSeenBy, networkTieScope, networkViewKey } from '../access/network.policy.ts';
import { loadCenterNetwork, type NetworkVersions } from '../load/network.repo.ts';
import { etagOf, type StoredBody, storedBody } from './body-cache.ts';
import { type CenterNetwork, CenterNetworkSchema, CompactNetworkSchema } from './network.schema.ts';
import { encodeNetwork } from './network-wire.ts';

/** Bump when the shape of a stored network body changes, so no client keeps an old one by its ETag. */
const NETWORK_BODY_VERSION = 1;

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

const keyDigests = new Map<string, string>();
/** A digest standing for the pseudonym key in ETags: a new key gives new pseudonyms, hence new bodies. */
function keyDigest(pseudonymKey: string): string {
  let digest = keyDigests.get(pseudonymKey);
  if (!digest) {
    digest = createHash('sha256').update(`simpul-etag:${pseudonymKey}`).digest('hex').slice(0, 16);
    keyDigests.set(pseudonymKey, digest);
  }
  return digest;
}

/**
 * The stored body of `centerNetworkFor` in `format`, built only when the centre's network or view version
 * (as `assertMayReadCenterNetwork` read them, before the network), or the reader's view, differs from
 * every body kept. A write racing the load leaves a body at least as new as its ETag says.
 */
export async function storedCenterNetwork(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  at: string | undefined,
  /** `full`, or the compact wire format with or without the ties' ids. */
  format: 'full' | { tieIds: boolean },
  { version, viewVersion }: NetworkVersions,
): Promise<StoredBody> {
  const etag = etagOf([
    'network',
    NETWORK_BODY_VERSION,
    format === 'full' ? 'full' : format.tieIds ? 'compact' : 'compact-without-tie-ids',
    centerId,
    at ?? null,
    version,
    viewVersion,
    networkViewKey(db, actor),
    keyDigest(pseudonymKey),
  ]);
  // Checked against the response schema once per stored body, as the route's serialiser would per request.
  return storedBody(etag, async () => {
    const network = await centerNetworkFor(db, actor, pseudonymKey, centerId, at);
    return format === 'full'
      ? CenterNetworkSchema.encode(network)
      : CompactNetworkSchema.encode(encodeNetwork(network, format));
  });
}
