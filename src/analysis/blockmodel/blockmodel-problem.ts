/**
 * The signed blockmodel's objective on one graph: the pairs of nodes that share ties, with the positive and
 * negative weight between them, and the criterion of a partition.
 *
 * Doreian, P. & Mrvar, A. (1996). A partitioning approach to structural balance. Social Networks 18(2),
 * 149–168: P(C) = α·N + (1 − α)·P, where N sums the negative ties inside positions and P the positive
 * ties between positions. Directed ties count once per arc (u→v and v→u are two ties, as in signnet);
 * a tie counts with its weight, and weights default to 1 when the input gives none.
 */

import type { Graph } from '../graph.ts';

/** Every node's tie partners (each pair once per side) with the summed weights of each sign. */
export interface BlockProblem {
  n: number;
  alpha: number;
  /** CSR rows: the partners of node v are `partner[offsets[v]…offsets[v+1])`. */
  offsets: Int32Array;
  partner: Int32Array;
  /** Weight of the positive (negative) ties between v and the partner, both directions summed. */
  positive: Float64Array;
  negative: Float64Array;
}

/** Builds the pair adjacency of `graph` for weight `alpha` on negative ties. */
export function blockProblem(graph: Graph, alpha: number): BlockProblem {
  const n = graph.order;
  // Both arcs of a reciprocated directed pair fold into one pair entry per side.
  const pairs = new Map<number, number>();
  const ends: number[] = [];
  const pos: number[] = [];
  const neg: number[] = [];
  for (let e = 0; e < graph.size; e++) {
    const s = graph.edgeSource[e] as number;
    const t = graph.edgeTarget[e] as number;
    const [u, v] = s < t ? [s, t] : [t, s];
    const key = u * n + v;
    let p = pairs.get(key);
    if (p === undefined) {
      p = ends.length / 2;
      pairs.set(key, p);
      ends.push(u, v);
      pos.push(0);
      neg.push(0);
    }
    const w = graph.edgeWeight[e] as number;
    if ((graph.edgeSign[e] as number) > 0) pos[p] = (pos[p] as number) + w;
    else neg[p] = (neg[p] as number) + w;
  }
  const offsets = new Int32Array(n + 1);
  for (const v of ends) offsets[v + 1] = (offsets[v + 1] as number) + 1;
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const cursor = offsets.slice(0, n);
  const slots = ends.length;
  const partner = new Int32Array(slots);
  const positive = new Float64Array(slots);
  const negative = new Float64Array(slots);
  for (let p = 0; p < slots / 2; p++) {
    const u = ends[2 * p] as number;
    const v = ends[2 * p + 1] as number;
    for (const [from, to] of [
      [u, v],
      [v, u],
    ] as const) {
      const slot = cursor[from] as number;
      cursor[from] = slot + 1;
      partner[slot] = to;
      positive[slot] = pos[p] as number;
      negative[slot] = neg[p] as number;
    }
  }
  return { n, alpha, offsets, partner, positive, negative };
}

/** P(C) of the partition `label` (one position index per node). */
export function criterion(problem: BlockProblem, label: ArrayLike<number>): number {
  const { alpha, offsets, partner, positive, negative } = problem;
  let within = 0;
  let between = 0;
  for (let v = 0; v < problem.n; v++) {
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
      const u = partner[s] as number;
      if (u < v) continue;
      if (label[u] === label[v]) within += negative[s] as number;
      else between += positive[s] as number;
    }
  }
  return alpha * within + (1 - alpha) * between;
}

/** Renumbers positions 0, 1, … in the order of their lowest-index node, so equal partitions read equal. */
export function canonicalLabels(label: ArrayLike<number>): Int32Array {
  const rename = new Map<number, number>();
  const result = new Int32Array(label.length);
  for (let v = 0; v < label.length; v++) {
    const old = label[v] as number;
    let next = rename.get(old);
    if (next === undefined) {
      next = rename.size;
      rename.set(old, next);
    }
    result[v] = next;
  }
  return result;
}
