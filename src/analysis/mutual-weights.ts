/**
 * Mutual weights, the basis of Burt's structural-hole measures.
 *
 * Burt, R. S. (1992). Structural Holes. Harvard University Press, ch. 2; as NetworkX's
 * `mutual_weight`: the ties u→v and v→u added up, neighbours taken in both directions.
 */

import { assembleGraph, type Graph } from './graph.ts';

/** Undirected ties whose weight is a_uv + a_vu, plus each node's row total and row maximum. */
export interface MutualWeights {
  graph: Graph;
  total: Float64Array;
  max: Float64Array;
}

/** Mutual weights of `graph`; unweighted counts every tie as 1. */
export function mutualWeights(graph: Graph, weighted: boolean): MutualWeights {
  // An undirected tie has a_uv = a_vu, so its mutual weight 2w is w up to a factor every ratio cancels.
  const view = assembleGraph(
    graph.ids,
    false,
    {
      source: graph.edgeSource,
      target: graph.edgeTarget,
      sign: graph.edgeSign.map(() => 1),
      weight: weighted ? graph.edgeWeight : graph.edgeWeight.map(() => 1),
    },
    'sum',
  );
  const n = view.order;
  const total = new Float64Array(n);
  const max = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let k = view.out.offsets[u] as number; k < (view.out.offsets[u + 1] as number); k++) {
      const w = view.out.weights[k] as number;
      total[u] = (total[u] as number) + w;
      if (w > (max[u] as number)) max[u] = w;
    }
  }
  return { graph: view, total, max };
}
