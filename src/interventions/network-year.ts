/**
 * The network indicators of a centre in one year (DOMAIN.md §7.2), from its network as loaded for the
 * last day of that year: density of collaboration and of conflict ties among firms (L₊ or L₋ over
 * N(N−1)/2), the number of components of the collaboration layer (isolated firms count one each), and the
 * share of balanced signed triads (Cartwright & Harary's B₃; null without triangles).
 */

import { components, positiveLayer, triangleBalance } from '../analysis/index.ts';
import { centerGraph } from '../networks/load/center-graph.ts';
import type { NetworkStructure } from '../networks/view/network.schema.ts';

/** The four network indicators; null when the network has no firms. */
export interface NetworkYearIndicators {
  collaborationDensity: number | null;
  conflictDensity: number | null;
  components: number | null;
  balanceShare: number | null;
}

/** The network indicators of `network`. */
export function networkYearIndicators(network: NetworkStructure): NetworkYearIndicators {
  const firms = new Set(network.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id));
  if (firms.size === 0) {
    return { collaborationDensity: null, conflictDensity: null, components: null, balanceShare: null };
  }
  const graph = centerGraph(network);
  let positive = 0;
  let negative = 0;
  for (let e = 0; e < graph.size; e++) {
    const a = graph.ids[graph.edgeSource[e] as number] as string;
    const b = graph.ids[graph.edgeTarget[e] as number] as string;
    if (!firms.has(a) || !firms.has(b)) continue;
    if ((graph.edgeSign[e] as number) < 0) negative++;
    else positive++;
  }
  const pairs = (firms.size * (firms.size - 1)) / 2;
  return {
    collaborationDensity: pairs > 0 ? positive / pairs : null,
    conflictDensity: pairs > 0 ? negative / pairs : null,
    components: components(positiveLayer(graph)).weak.count,
    balanceShare: triangleBalance(graph).ratio,
  };
}
