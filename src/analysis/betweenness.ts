/**
 * Shortest-path betweenness centrality with NetworkX's normalisation.
 *
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
 * Sociology 25(2), 163–177; scaling as `networkx.betweenness_centrality(endpoints=False)`.
 * METHODS.md §1: run it on a view without negative ties (the collaboration layer).
 */

import type { Graph } from './graph.ts';
import { type DistanceMode, sweepSources } from './path-sweep.ts';

/** Options for `betweenness`. */
export interface BetweennessOptions {
  /** Divide by (n−1)(n−2) over ordered pairs, as NetworkX's default; else raw (unordered when undirected). */
  normalized: boolean;
  /** How tie lengths are read; weights are strengths, so `inverse-weight` is the weighted choice. */
  distance: DistanceMode;
}

/** NetworkX's defaults: normalised, unweighted. */
export const BETWEENNESS_DEFAULTS: BetweennessOptions = { normalized: true, distance: 'hops' };

/** Betweenness of every node, indexed like `graph.ids`. */
export function betweenness(graph: Graph, options: Partial<BetweennessOptions> = {}): Float64Array {
  const settings = { ...BETWEENNESS_DEFAULTS, ...options };
  const sums = new Float64Array(graph.order);
  sweepSources(graph, settings.distance, 0, graph.order, { betweenness: sums });
  return scaleBetweenness(sums, graph, settings.normalized);
}

/** Turns Brandes' ordered-pair sums into NetworkX's scale, in place. */
export function scaleBetweenness(sums: Float64Array, graph: Graph, normalized: boolean): Float64Array {
  const n = graph.order;
  let scale = 1;
  if (normalized) scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  else if (!graph.directed) scale = 0.5;
  if (scale !== 1) for (let i = 0; i < n; i++) sums[i] = (sums[i] as number) * scale;
  return sums;
}
