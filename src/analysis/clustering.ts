/**
 * Local clustering coefficients and their average.
 *
 * Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks. Nature 393,
 * 440–442: C(u) = 2T(u)/(k(k−1)), 0 when k < 2. Weighted: Onnela, J.-P. et al. (2005), Physical Review
 * E 71, 065103 (geometric mean of w/max w). Directed: Fagiolo, G. (2007), Physical Review E 76, 026107.
 * All as `networkx.clustering` and `networkx.average_clustering` (zeros included).
 */

import { AnalysisError } from './analysis-error.ts';
import type { Graph } from './graph.ts';

/** Options for `clustering`. */
export interface ClusteringOptions {
  /** Onnela's weighted form (undirected graphs only). */
  weighted: boolean;
}

/** NetworkX's default: unweighted. */
export const CLUSTERING_DEFAULTS: ClusteringOptions = { weighted: false };

/** Local clustering of every node, indexed like `graph.ids`. */
export function clustering(graph: Graph, options: Partial<ClusteringOptions> = {}): Float64Array {
  const { weighted } = { ...CLUSTERING_DEFAULTS, ...options };
  if (graph.directed) {
    if (weighted) {
      throw new AnalysisError('weighted_clustering_directed', {});
    }
    return directedClustering(graph);
  }
  return weighted ? weightedClustering(graph) : undirectedClustering(graph);
}

/** Mean local clustering over all nodes, zeros included; 0 for an empty graph. */
export function averageClustering(local: Float64Array): number {
  if (local.length === 0) return 0;
  let total = 0;
  for (const c of local) total += c;
  return total / local.length;
}

/** Triangles through each node of an undirected graph. */
export function trianglesPerNode(graph: Graph): Float64Array {
  const n = graph.order;
  const { offsets, targets } = graph.out;
  const mark = new Int32Array(n).fill(-1);
  const triangles = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1] as number;
    for (let k = offsets[u] as number; k < end; k++) mark[targets[k] as number] = u;
    let twice = 0;
    for (let k = offsets[u] as number; k < end; k++) {
      const v = targets[k] as number;
      const vEnd = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < vEnd; j++) if (mark[targets[j] as number] === u) twice++;
    }
    triangles[u] = twice / 2;
  }
  return triangles;
}

function undirectedClustering(graph: Graph): Float64Array {
  const triangles = trianglesPerNode(graph);
  const { offsets } = graph.out;
  return triangles.map((t, u) => {
    const k = (offsets[u + 1] as number) - (offsets[u] as number);
    return k < 2 ? 0 : (2 * t) / (k * (k - 1));
  });
}

function weightedClustering(graph: Graph): Float64Array {
  const n = graph.order;
  const { offsets, targets, weights } = graph.out;
  let maxWeight = 0;
  for (const w of graph.edgeWeight) if (w > maxWeight) maxWeight = w;
  // slotOf[w] is the slot of the tie u–w while u is being processed.
  const slotOf = new Int32Array(n).fill(-1);
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    for (let k = start; k < end; k++) slotOf[targets[k] as number] = k;
    let total = 0;
    for (let k = start; k < end; k++) {
      const v = targets[k] as number;
      const wuv = (weights[k] as number) / maxWeight;
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
        const slot = slotOf[targets[j] as number] as number;
        if (slot >= start && slot < end) {
          total += Math.cbrt(
            wuv * ((weights[j] as number) / maxWeight) * ((weights[slot] as number) / maxWeight),
          );
        }
      }
    }
    for (let k = start; k < end; k++) slotOf[targets[k] as number] = -1;
    const degree = end - start;
    result[u] = degree < 2 ? 0 : total / (degree * (degree - 1));
  }
  return result;
}

// Fagiolo: C(u) = T(u) / (2[k_tot(k_tot − 1) − 2k↔]), T counting directed triangles in all orientations.
function directedClustering(graph: Graph): Float64Array {
  const n = graph.order;
  const { out, in: inn } = graph;
  const isPred = new Int32Array(n).fill(-1);
  const isSucc = new Int32Array(n).fill(-1);
  const result = new Float64Array(n);
  const rowOf = (row: typeof out, v: number) => row.targets.subarray(row.offsets[v], row.offsets[v + 1]);
  for (let u = 0; u < n; u++) {
    const preds = rowOf(inn, u);
    const succs = rowOf(out, u);
    for (const p of preds) isPred[p] = u;
    for (const s of succs) isSucc[s] = u;
    let reciprocal = 0;
    for (const s of succs) if (isPred[s] === u) reciprocal++;
    let triangles = 0;
    const countFrom = (j: number) => {
      for (const k of rowOf(inn, j)) triangles += (isPred[k] === u ? 1 : 0) + (isSucc[k] === u ? 1 : 0);
      for (const k of rowOf(out, j)) triangles += (isPred[k] === u ? 1 : 0) + (isSucc[k] === u ? 1 : 0);
    };
    for (const j of preds) countFrom(j);
    for (const j of succs) countFrom(j);
    const total = preds.length + succs.length;
    const denominator = 2 * (total * (total - 1) - 2 * reciprocal);
    result[u] = triangles === 0 || denominator === 0 ? 0 : triangles / denominator;
  }
  return result;
}
