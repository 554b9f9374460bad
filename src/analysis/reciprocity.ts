/**
 * Reciprocity of a directed graph.
 *
 * Wasserman, S. & Faust, K. (1994). Social Network Analysis, §13.2. The edge form is
 * `networkx.overall_reciprocity` (share of arcs whose reverse exists); the dyad form is
 * mutual / (mutual + asymmetric) dyads. Both are 1 for undirected graphs and null without ties.
 */

import { type Graph, hasEdge } from './graph.ts';

/** Both reciprocity forms, labelled. */
export interface Reciprocity {
  /** Share of ties whose reverse tie exists (NetworkX). */
  edgeBased: number | null;
  /** mutual / (mutual + asymmetric) dyads. */
  dyadBased: number | null;
}

/** Reciprocity of `graph`. */
export function reciprocity(graph: Graph): Reciprocity {
  if (graph.size === 0) return { edgeBased: null, dyadBased: null };
  if (!graph.directed) return { edgeBased: 1, dyadBased: 1 };
  let reciprocated = 0;
  for (let e = 0; e < graph.size; e++) {
    if (hasEdge(graph, graph.edgeTarget[e] as number, graph.edgeSource[e] as number)) reciprocated++;
  }
  const mutualDyads = reciprocated / 2;
  const asymmetricDyads = graph.size - reciprocated;
  return {
    edgeBased: reciprocated / graph.size,
    dyadBased: mutualDyads / (mutualDyads + asymmetricDyads),
  };
}
