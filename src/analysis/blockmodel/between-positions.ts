/**
 * Who sits between the positions of a signed blockmodel: the nodes whose collaboration ties cross into
 * other positions, the inconsistencies a structural-balance reading charges to them.
 *
 * Doreian, P. & Mrvar, A. (2009). Partitioning signed social networks. Social Networks 31(1), 1–11 (§5:
 * actors with positive ties to mutually hostile positions act as mediators, which relaxed balance keeps).
 */

import type { Graph } from '../graph.ts';

/** A node with collaboration ties into positions other than its own. */
export interface BetweenNode {
  id: string;
  /** Its own position. */
  position: number;
  /** Collaboration ties to nodes of other positions (either direction), and their summed weight. */
  ties: number;
  weight: number;
  /** The other positions those ties reach, ascending. */
  reaches: number[];
}

/** Nodes with collaboration across positions under `membership`, by weight then id. */
export function betweenPositions(graph: Graph, membership: Int32Array): BetweenNode[] {
  const found = new Map<number, BetweenNode>();
  const note = (v: number, other: number, weight: number) => {
    let node = found.get(v);
    if (!node) {
      node = {
        id: graph.ids[v] as string,
        position: membership[v] as number,
        ties: 0,
        weight: 0,
        reaches: [],
      };
      found.set(v, node);
    }
    node.ties++;
    node.weight += weight;
    if (!node.reaches.includes(other)) node.reaches.push(other);
  };
  for (let e = 0; e < graph.size; e++) {
    if ((graph.edgeSign[e] as number) < 0) continue;
    const u = graph.edgeSource[e] as number;
    const v = graph.edgeTarget[e] as number;
    const a = membership[u] as number;
    const b = membership[v] as number;
    if (a === b) continue;
    note(u, b, graph.edgeWeight[e] as number);
    note(v, a, graph.edgeWeight[e] as number);
  }
  const nodes = [...found.values()];
  for (const node of nodes) node.reaches.sort((x, y) => x - y);
  return nodes.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
