/**
 * Views of a signed graph (METHODS.md §1–2): the collaboration (positive) and conflict (negative)
 * layers, and the symmetrised view that balance is defined on. Following SocNetV's rule "refuse,
 * don't silently corrupt", distance and spectral measures are run on `positiveLayer`.
 */

import { assembleGraph, type Graph, type WeightRule } from './graph.ts';

/** The same nodes with only the ties of one sign. */
function layer(graph: Graph, keep: 1 | -1): Graph {
  const chosen: number[] = [];
  for (let e = 0; e < graph.size; e++) if (graph.edgeSign[e] === keep) chosen.push(e);
  const pick = <T extends Int32Array | Float64Array | Int8Array>(values: T) =>
    chosen.map((e) => values[e] as number);
  // The ties are already simple, so 'sum' copies weights unchanged (re-collapsing by 'count' would not).
  const view = assembleGraph(
    graph.ids,
    graph.directed,
    {
      source: pick(graph.edgeSource),
      target: pick(graph.edgeTarget),
      sign: pick(graph.edgeSign),
      weight: pick(graph.edgeWeight),
    },
    'sum',
  );
  return { ...view, collapse: graph.collapse };
}

/** The collaboration layer: positive ties only, all nodes kept. */
export function positiveLayer(graph: Graph): Graph {
  return layer(graph, 1);
}

/** The conflict layer: negative ties only (still signed −1), all nodes kept. */
export function negativeLayer(graph: Graph): Graph {
  return layer(graph, -1);
}

/** True when any tie is negative. */
export function hasNegativeTies(graph: Graph): boolean {
  return graph.edgeSign.some((s) => s < 0);
}

/**
 * The undirected view: u→v and v→u become one tie whose weight follows `rule` (default: the graph's own
 * rule) and whose sign is the one with more weight, ties going negative — so a conflict reported by
 * either side is not outvoted by an equally strong collaboration claim. Undirected graphs return as is.
 */
export function symmetrise(graph: Graph, rule: WeightRule = graph.collapse.weightRule): Graph {
  if (!graph.directed) return graph;
  // Weights collapsed by 'count' are counts already: the two directions' counts add up.
  const view = assembleGraph(
    graph.ids,
    false,
    { source: graph.edgeSource, target: graph.edgeTarget, sign: graph.edgeSign, weight: graph.edgeWeight },
    rule === 'count' ? 'sum' : rule,
  );
  return { ...view, collapse: { ...view.collapse, weightRule: rule } };
}

/** The directed view of an undirected graph: each tie becomes two arcs (NetworkX `to_directed`). */
export function toDirected(graph: Graph): Graph {
  if (graph.directed) return graph;
  const m = graph.size;
  const source = new Int32Array(2 * m);
  const target = new Int32Array(2 * m);
  const sign = new Int8Array(2 * m);
  const weight = new Float64Array(2 * m);
  source.set(graph.edgeSource);
  source.set(graph.edgeTarget, m);
  target.set(graph.edgeTarget);
  target.set(graph.edgeSource, m);
  sign.set(graph.edgeSign);
  sign.set(graph.edgeSign, m);
  weight.set(graph.edgeWeight);
  weight.set(graph.edgeWeight, m);
  return {
    ...assembleGraph(graph.ids, true, { source, target, sign, weight }, 'sum'),
    collapse: graph.collapse,
  };
}
