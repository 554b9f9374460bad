/**
 * Test support for community detection: graphs with known communities, random graphs, and a check that
 * every community induces a connected subgraph. Only tests and benches import this file.
 */

import type { Graph } from '../graph.ts';
import { buildGraph, type TieInput } from '../graph-builder.ts';
import { createRng } from '../rng.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i));

/** Erdős–Rényi G(n, m): m distinct ties drawn uniformly, weight 1 (or 1–4 when `weighted`). */
export function erdosRenyi(n: number, m: number, seed: number, weighted = false): Graph {
  const rng = createRng(seed);
  const seen = new Set<number>();
  const edges: TieInput[] = [];
  while (edges.length < m) {
    const u = Math.floor(rng() * n);
    const v = Math.floor(rng() * n);
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    const weight = weighted ? 1 + Math.floor(rng() * 4) : 1;
    edges.push({ source: String(u), target: String(v), weight });
  }
  return buildGraph({ nodes: ids(n), edges, directed: false });
}

/** `count` cliques of `size` nodes (clique c holds nodes c·size…), clique c tied to c+1 by one tie; a ring when `ring`. */
export function cliqueChain(count: number, size: number, ring: boolean): Graph {
  const edges: TieInput[] = [];
  for (let c = 0; c < count; c++) {
    for (let i = 0; i < size; i++) {
      for (let j = i + 1; j < size; j++)
        edges.push({ source: String(c * size + i), target: String(c * size + j) });
    }
    if (c + 1 < count || (ring && count > 2)) {
      edges.push({ source: String(c * size + size - 1), target: String(((c + 1) % count) * size) });
    }
  }
  return buildGraph({ nodes: ids(count * size), edges, directed: false });
}

/** Planted partition: `groups` groups of `size`, a tie inside a group with probability pIn, across with pOut. */
export function plantedPartition(
  groups: number,
  size: number,
  pIn: number,
  pOut: number,
  seed: number,
): Graph {
  const rng = createRng(seed);
  const n = groups * size;
  const edges: TieInput[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const p = Math.floor(i / size) === Math.floor(j / size) ? pIn : pOut;
      if (rng() < p) edges.push({ source: String(i), target: String(j), weight: 1 + Math.floor(rng() * 3) });
    }
  }
  return buildGraph({ nodes: ids(n), edges, directed: false });
}

/** Communities (by label) whose members do not form one connected subgraph through ties inside them. */
export function disconnectedCommunities(graph: Graph, membership: ArrayLike<number>): number[] {
  const n = graph.order;
  const seen = new Uint8Array(n);
  const pieces = new Map<number, number>();
  for (let s = 0; s < n; s++) {
    if (seen[s] === 1) continue;
    const c = membership[s] as number;
    pieces.set(c, (pieces.get(c) ?? 0) + 1);
    seen[s] = 1;
    const stack = [s];
    while (stack.length > 0) {
      const v = stack.pop() as number;
      for (const adjacency of [graph.out, graph.in]) {
        for (let k = adjacency.offsets[v] as number; k < (adjacency.offsets[v + 1] as number); k++) {
          const u = adjacency.targets[k] as number;
          if (seen[u] === 0 && membership[u] === c) {
            seen[u] = 1;
            stack.push(u);
          }
        }
      }
    }
  }
  return [...pieces].filter(([, count]) => count > 1).map(([c]) => c);
}
