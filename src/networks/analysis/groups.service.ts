import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { analysisViewKey, networkTieScope } from '../access/network.policy.ts';
import { loadCenterNetwork, type NetworkVersions } from '../load/network.repo.ts';
import { etagOf, type StoredBody, storedBody } from '../view/body-cache.ts';
import { centerBlockmodel, centerCommunities } from './center-groups.ts';
import {
  type CenterBlockmodel,
  CenterBlockmodelSchema,
  type CenterCommunities,
  CenterCommunitiesSchema,
} from './groups.schema.ts';

/** Bumped when a change to the blockmodel or community code changes results (keys the stored bodies). */
const GROUPS_VERSION = 1;

/**
 * A centre's network as `actor` sees it (only the ties the interaction policy shows them), so no
 * confidential conflict can move a position or a community boundary. The caller checked access.
 */
function visibleNetwork(db: Db, actor: Actor, centerId: string, at: string | undefined) {
  return loadCenterNetwork(db, centerId, at ?? null, networkTieScope(actor));
}

/** The signed blockmodel of a centre at `at` into at most `k` positions, as `actor` may see it. */
export async function blockmodelFor(
  db: Db,
  actor: Actor,
  centerId: string,
  query: { k: number; seed: number; at?: string | undefined },
): Promise<CenterBlockmodel> {
  const network = await visibleNetwork(db, actor, centerId, query.at);
  return { centerId, at: network.at, ...centerBlockmodel(network, query) };
}

/** Communities of a centre's collaboration layer by the chosen method, as `actor` may see them. */
export async function communitiesFor(
  db: Db,
  actor: Actor,
  centerId: string,
  query: { method: 'louvain' | 'leiden'; resolution: number; seed: number; at?: string | undefined },
): Promise<CenterCommunities> {
  const network = await visibleNetwork(db, actor, centerId, query.at);
  const { method, resolution, seed } = query;
  return { centerId, at: network.at, ...centerCommunities(network, { method, resolution, seed }) };
}

/**
 * The stored body of one of the two answers, rebuilt only when the centre's network or view version, the
 * question or the ties the reader sees change (view/body-cache.ts): a reader switching k back and forth
 * pays the search once.
 */
export function storedGroups(
  db: Db,
  actor: Actor,
  centerId: string,
  versions: NetworkVersions,
  question:
    | { kind: 'blockmodel'; query: Parameters<typeof blockmodelFor>[3] }
    | { kind: 'communities'; query: Parameters<typeof communitiesFor>[3] },
): Promise<StoredBody> {
  const etag = etagOf([
    question.kind,
    GROUPS_VERSION,
    centerId,
    question.query,
    versions.version,
    versions.viewVersion,
    analysisViewKey(db, actor),
  ]);
  return storedBody(etag, async () =>
    question.kind === 'blockmodel'
      ? CenterBlockmodelSchema.encode(await blockmodelFor(db, actor, centerId, question.query))
      : CenterCommunitiesSchema.encode(await communitiesFor(db, actor, centerId, question.query)),
  );
}
