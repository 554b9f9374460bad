/**
 * Transitivity: the share of connected triples that close into triangles.
 *
 * Newman, M. E. J., Strogatz, S. H. & Watts, D. J. (2001). Random graphs with arbitrary degree
 * distributions and their applications. Physical Review E 64, 026118. As `networkx.transitivity`:
 * 3·triangles / connected triples, 0 without triangles. Directed graphs are symmetrised first.
 */

import { trianglesPerNode } from './clustering.ts';
import type { Graph } from './graph.ts';
import { symmetrise } from './layers.ts';

/** Transitivity (global clustering) of the undirected view of `graph`. */
export function transitivity(graph: Graph): number {
  const view = symmetrise(graph);
  const triangles = trianglesPerNode(view);
  let closed = 0;
  let triples = 0;
  for (let u = 0; u < view.order; u++) {
    const k = (view.out.offsets[u + 1] as number) - (view.out.offsets[u] as number);
    closed += 2 * (triangles[u] as number);
    triples += k * (k - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}
