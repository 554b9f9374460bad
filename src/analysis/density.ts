/**
 * Density: the share of possible ties present.
 *
 * Wasserman, S. & Faust, K. (1994). Social Network Analysis, §4.2. As `networkx.density`:
 * 2m/(n(n−1)) undirected, m/(n(n−1)) directed, 0 when n ≤ 1.
 */

import type { Graph } from './graph.ts';

/** Density of `graph`. */
export function density(graph: Graph): number {
  const n = graph.order;
  if (n <= 1) return 0;
  const possible = n * (n - 1);
  return graph.directed ? graph.size / possible : (2 * graph.size) / possible;
}
