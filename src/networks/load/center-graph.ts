/**
 * From a centre's recorded ties to the analysis view (METHODS.md §1 "analysis view"): one undirected,
 * signed, simple graph over every node of the network. Collaboration ties are positive, conflict ties
 * negative; coopetition (plain competition, FAIR_COMPETITION) is left out, because rivalry within the
 * rules is neither a collaboration path nor a hostility that balance theory should place between camps.
 * Parallel ties of a pair collapse by the library's rule (the sign with more ties wins, a tie goes to
 * conflict), so a pair that both subcontracts and undercuts counts once, as ambivalent.
 */

import { buildGraph, type Graph, type TieInput } from '../../analysis/index.ts';
import type { NetworkStructure, NetworkTie } from '../view/network.schema.ts';

/** The sign a recorded tie gets in the analysis view; null when it is left out. */
export function tieSign(tie: Pick<NetworkTie, 'valence'>): 1 | -1 | null {
  if (tie.valence === 'collaboration') return 1;
  if (tie.valence === 'conflict') return -1;
  return null;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The undirected signed view of `network`, every node kept (isolates included). Nodes (firms, then
 * institutions) and ties are taken in id order, so whichever loader built the network (one centre, or
 * a batch of them set-based) the seeded algorithms see the same graph and give the same result.
 */
export function centerGraph(network: NetworkStructure): Graph {
  const edges: TieInput[] = [];
  for (const tie of [...network.ties].sort(byId)) {
    const sign = tieSign(tie);
    if (sign !== null) edges.push({ source: tie.source, target: tie.target, sign });
  }
  return buildGraph({
    nodes: [
      ...network.nodes.filter((n) => n.kind === 'enterprise').sort(byId),
      ...network.nodes.filter((n) => n.kind !== 'enterprise').sort(byId),
    ].map((n) => n.id),
    edges,
    directed: false,
    weightRule: 'count',
  });
}

/** An unordered pair key, for matching collapsed pairs back to recorded ties. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
