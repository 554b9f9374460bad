import type { Actor } from '../../auth/actor.ts';
import { pseudonym, seesPseudonyms } from '../../auth/pseudonym.ts';
import type { ScopePredicate } from '../../auth/scope-sql.ts';
import type { Db } from '../../db/database.ts';
import { isUuid } from '../../db/versioned.ts';
import { enterprisePolicy } from '../../enterprises/enterprises.policy.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { assertMayReadMembers, membershipPolicy } from '../../memberships/memberships.policy.ts';
import { errors } from '../../shared/errors.ts';
import { type NetworkVersions, readableEnterpriseIds } from '../load/network.repo.ts';
import { rememberedNetworkVersions } from '../load/versions-cache.ts';
import type { CenterNetwork } from '../view/network.schema.ts';

/**
 * Who may read a centre's network (its nodes, ties, analysis, change, comparison and exports): whoever may
 * read its member list (the nodes are its members), seeing only the ties the interaction policy shows them.
 */
export const centerNetworkAccess = membershipPolicy.read;

/** The ties (alias `i`) of a network the actor may see: those the interaction policy lets them read. */
export function networkTieScope(actor: Actor): ScopePredicate {
  return interactionPolicy.readScope(actor);
}

/**
 * 404 for an unknown centre, 403 unless `actor` may read its network: whoever may read its member list
 * (the nodes are its members). Every route on a centre's network, analysis, change or export checks this.
 * Answers the centre's network versions, read before anything of the network is loaded, so a body built
 * afterwards is at least as new as the versions it is stored under.
 */
export async function assertMayReadCenterNetwork(
  db: Db,
  actor: Actor,
  centerId: string,
): Promise<NetworkVersions> {
  const versions = isUuid(centerId) ? await rememberedNetworkVersions(db, centerId) : undefined;
  if (!versions) throw errors.notFound('center', centerId);
  await assertMayReadMembers(db, actor, 'center', centerId);
  return versions;
}

/**
 * A loaded network (ties already limited by `networkTieScope`) as `actor` may see it: firms as stable
 * pseudonyms for researchers without personal-data access (institutions keep their names, as
 * institutions are public), and no coordinates for a firm whose profile the actor may not read (the
 * outside end of a tie crossing their scope: a home workshop's location is personal data).
 */
export async function networkAsSeenBy(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  loaded: CenterNetwork,
): Promise<CenterNetwork> {
  const firms = loaded.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id);
  const readable = await readableEnterpriseIds(db, firms, enterprisePolicy.readScope(actor)('e.id'));
  const network = {
    ...loaded,
    nodes: loaded.nodes.map((n) =>
      n.kind === 'enterprise' && !readable.has(n.id) ? { ...n, latitude: null, longitude: null } : n,
    ),
  };
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

/**
 * What decides how `actor` sees a centre's network, as one string: the compiled tie predicate, the
 * compiled enterprise-read predicate (coordinates) and whether names become pseudonyms. Two readers with
 * the same string are shown the same network of the same data, so stored bodies are keyed by it
 * (view/body-cache.ts) and can never cross to a reader of another scope or role. The data these
 * predicates read (regions, memberships) bumps the centres' view version instead (migration 0008).
 */
export function networkViewKey(db: Db, actor: Actor): string {
  const compiled = (predicate: ScopePredicate) => {
    if (predicate === undefined) return 'all';
    const { sql, parameters } = predicate.compile(db);
    return [sql, parameters];
  };
  return JSON.stringify([
    compiled(networkTieScope(actor)),
    compiled(enterprisePolicy.readScope(actor)('e.id')),
    seesPseudonyms(actor),
  ]);
}

/** The part of `networkViewKey` an analysis depends on: only which ties the reader sees. */
export function analysisViewKey(db: Db, actor: Actor): string {
  const predicate = networkTieScope(actor);
  if (predicate === undefined) return 'all';
  const { sql, parameters } = predicate.compile(db);
  return JSON.stringify([sql, parameters]);
}
