/**
 * Degree, strength and their signed split.
 *
 * Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1,
 * 215–239; normalisation of `networkx.degree_centrality` (k/(n−1)); signed degree as in
 * METHODS.md §1 (k⁺, k⁻, net k⁺−k⁻, positive share k⁺/(k⁺+k⁻)).
 */

import type { Adjacency, Graph } from './graph.ts';

/** Counts and weights of one direction's ties of one node, split by sign. */
export interface SignedCounts {
  positive: number;
  negative: number;
  /** positive − negative. */
  net: number;
  /** positive / (positive + negative); null without ties. */
  positiveShare: number | null;
}

/** Per-node degree data, arrays indexed like `graph.ids`; in = out = all when undirected. */
export interface DegreeResult {
  /** Number of ties, in + out when directed (NetworkX `G.degree`). */
  degree: Float64Array;
  inDegree: Float64Array;
  outDegree: Float64Array;
  /** k/(n−1) with k = `degree` (NetworkX `degree_centrality`; 1 for every node when n = 1). */
  centrality: Float64Array;
  inCentrality: Float64Array;
  outCentrality: Float64Array;
  /** Σ weights of all ties, in + out when directed. */
  strength: Float64Array;
  inStrength: Float64Array;
  outStrength: Float64Array;
  /** Signed split of ties (all directions together). */
  signedDegree: SignedCounts[];
  /** Signed split of weights (all directions together). */
  signedStrength: SignedCounts[];
}

function rowTotals(adjacency: Adjacency, n: number) {
  const count = new Float64Array(n);
  const weight = new Float64Array(n);
  const positive = new Float64Array(n);
  const negative = new Float64Array(n);
  const positiveWeight = new Float64Array(n);
  const negativeWeight = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const end = adjacency.offsets[u + 1] as number;
    for (let k = adjacency.offsets[u] as number; k < end; k++) {
      const w = adjacency.weights[k] as number;
      count[u] = (count[u] as number) + 1;
      weight[u] = (weight[u] as number) + w;
      if ((adjacency.signs[k] as number) > 0) {
        positive[u] = (positive[u] as number) + 1;
        positiveWeight[u] = (positiveWeight[u] as number) + w;
      } else {
        negative[u] = (negative[u] as number) + 1;
        negativeWeight[u] = (negativeWeight[u] as number) + w;
      }
    }
  }
  return { count, weight, positive, negative, positiveWeight, negativeWeight };
}

function signed(positive: number, negative: number): SignedCounts {
  const total = positive + negative;
  return { positive, negative, net: positive - negative, positiveShare: total > 0 ? positive / total : null };
}

const plus = (a: Float64Array, b: Float64Array) => a.map((x, i) => x + (b[i] as number));

/** Degree, strength and signed degree of every node. */
export function degree(graph: Graph): DegreeResult {
  const n = graph.order;
  const out = rowTotals(graph.out, n);
  const inn = graph.directed ? rowTotals(graph.in, n) : out;
  const all = graph.directed
    ? {
        count: plus(out.count, inn.count),
        weight: plus(out.weight, inn.weight),
        positive: plus(out.positive, inn.positive),
        negative: plus(out.negative, inn.negative),
        positiveWeight: plus(out.positiveWeight, inn.positiveWeight),
        negativeWeight: plus(out.negativeWeight, inn.negativeWeight),
      }
    : out;
  // NetworkX: s = 1/(n−1) when n > 1, else every centrality is 1.
  const centralityOf = (k: Float64Array) => (n > 1 ? k.map((x) => x / (n - 1)) : k.map(() => 1));
  return {
    degree: all.count,
    inDegree: inn.count,
    outDegree: out.count,
    centrality: centralityOf(all.count),
    inCentrality: centralityOf(inn.count),
    outCentrality: centralityOf(out.count),
    strength: all.weight,
    inStrength: inn.weight,
    outStrength: out.weight,
    signedDegree: Array.from({ length: n }, (_, i) =>
      signed(all.positive[i] as number, all.negative[i] as number),
    ),
    signedStrength: Array.from({ length: n }, (_, i) =>
      signed(all.positiveWeight[i] as number, all.negativeWeight[i] as number),
    ),
  };
}
