/**
 * Closeness centrality over incoming distances, with Wasserman–Faust scaling for unreachable nodes.
 *
 * Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1,
 * 215–239; Wasserman, S. & Faust, K. (1994). Social Network Analysis, §5.3. Conventions of
 * `networkx.closeness_centrality(wf_improved=True)`: C(u) = (r−1)/Σ d(v,u) · (r−1)/(n−1), where r−1
 * nodes reach u; 0 when none does.
 */

import type { Graph } from './graph.ts';
import { type DistanceMode, sweepSources } from './path-sweep.ts';

/** Options for `closeness`. */
export interface ClosenessOptions {
  distance: DistanceMode;
  /** Scale by the share of nodes that reach u (NetworkX `wf_improved`). */
  wfImproved: boolean;
}

/** NetworkX's defaults. */
export const CLOSENESS_DEFAULTS: ClosenessOptions = { distance: 'hops', wfImproved: true };

/** Closeness of every node, indexed like `graph.ids`. */
export function closeness(graph: Graph, options: Partial<ClosenessOptions> = {}): Float64Array {
  const settings = { ...CLOSENESS_DEFAULTS, ...options };
  const distanceSum = new Float64Array(graph.order);
  const reached = new Float64Array(graph.order);
  sweepSources(graph, settings.distance, 0, graph.order, { distanceSum, reached });
  return closenessFromSums(distanceSum, reached, settings.wfImproved);
}

/** Closeness from a sweep's incoming distance sums and reach counts. */
export function closenessFromSums(
  distanceSum: Float64Array,
  reached: Float64Array,
  wfImproved = true,
): Float64Array {
  const n = distanceSum.length;
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const total = distanceSum[u] as number;
    const r = reached[u] as number;
    if (total > 0 && n > 1) result[u] = (r / total) * (wfImproved ? r / (n - 1) : 1);
  }
  return result;
}
