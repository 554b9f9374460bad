/**
 * Freeman betweenness and closeness centralization, and all centralizations of a graph in one call.
 *
 * Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1,
 * 215–239: Σ_i (c* − c_i) over its largest value for n nodes, which the star attains. Scores are
 * NetworkX-normalised, so the maxima are n − 1 for betweenness (directed or not: no node exceeds 1) and
 * (n−1)(n−2)/(2n−3) for undirected closeness, as igraph's `centralization_betweenness` /
 * `centralization_closeness` with `normalized = TRUE`. Directed closeness reads incoming distances with
 * NetworkX's `wf_improved` scaling; there the in-star gives centre 1 and leaves 0, so the maximum is n − 1.
 */

import { betweenness } from './betweenness.ts';
import { type DegreeCentralization, degreeCentralization, freeman } from './centralization.ts';
import { closeness } from './closeness.ts';
import type { Graph } from './graph.ts';

/** Freeman centralization of NetworkX-normalised betweenness scores; null when n < 3. */
export function betweennessCentralization(scores: ArrayLike<number>): number | null {
  return freeman(scores, scores.length - 1);
}

/** Freeman centralization of NetworkX closeness scores (incoming when `directed`); null when n < 3. */
export function closenessCentralization(scores: ArrayLike<number>, directed: boolean): number | null {
  const n = scores.length;
  return freeman(scores, directed ? n - 1 : ((n - 1) * (n - 2)) / (2 * n - 3));
}

/** Degree (or in/out-degree), betweenness and closeness centralization of one graph. */
export interface Centralization extends DegreeCentralization {
  betweenness: number | null;
  closeness: number | null;
}

/** Already computed NetworkX-normalised scores, so a caller that has them does not sweep twice. */
export interface CentralizationScores {
  betweenness?: ArrayLike<number>;
  closeness?: ArrayLike<number>;
}

/** Every Freeman centralization of `graph` (hop distances), from `scores` where given. */
export function centralization(graph: Graph, scores: CentralizationScores = {}): Centralization {
  return {
    ...degreeCentralization(graph),
    betweenness: betweennessCentralization(scores.betweenness ?? betweenness(graph)),
    closeness: closenessCentralization(scores.closeness ?? closeness(graph), graph.directed),
  };
}
