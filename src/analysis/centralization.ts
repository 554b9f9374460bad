/**
 * Freeman degree centralization.
 *
 * Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1,
 * 215–239: Σ_i (c* − c_i) over its maximum for n nodes, attained by the star. With NetworkX-normalised
 * degree centrality (k/(n−1)) the maximum is n−2 undirected and n−1 for in- or out-degree.
 */

import type { Graph } from './graph.ts';

/** Freeman centralization of undirected degree, or of in- and out-degree; null when n < 3. */
export interface DegreeCentralization {
  degree: number | null;
  inDegree: number | null;
  outDegree: number | null;
}

/** Freeman's Σ_i (c* − c_i) ÷ `maximum` (the star's value for these scores); null when n < 3. */
export function freeman(scores: ArrayLike<number>, maximum: number): number | null {
  if (scores.length < 3) return null;
  let top = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scores.length; i++) top = Math.max(top, scores[i] as number);
  let total = 0;
  for (let i = 0; i < scores.length; i++) total += top - (scores[i] as number);
  return total / maximum;
}

function rowCentrality(offsets: Int32Array, n: number): Float64Array {
  return Float64Array.from(
    { length: n },
    (_, i) => ((offsets[i + 1] as number) - (offsets[i] as number)) / (n - 1),
  );
}

/** Degree centralization of `graph` (undirected degree, or in/out-degree when directed). */
export function degreeCentralization(graph: Graph): DegreeCentralization {
  const n = graph.order;
  if (n < 3) return { degree: null, inDegree: null, outDegree: null };
  if (!graph.directed) {
    return { degree: freeman(rowCentrality(graph.out.offsets, n), n - 2), inDegree: null, outDegree: null };
  }
  return {
    degree: null,
    inDegree: freeman(rowCentrality(graph.in.offsets, n), n - 1),
    outDegree: freeman(rowCentrality(graph.out.offsets, n), n - 1),
  };
}
