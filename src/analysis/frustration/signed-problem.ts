/**
 * The frustration subproblem of one biconnected block: a small signed graph with local indices.
 *
 * Harary, F. (1959). On the measurement of structural balance. Behavioral Science 4(4), 316–323:
 * a two-camp split s ∈ {±1}ⁿ frustrates the tie ij when σ_ij ≠ s_i·s_j.
 */

import type { Graph } from '../graph.ts';

/** A block's nodes and ties, renumbered 0…n−1, with a CSR adjacency. */
export interface SignedProblem {
  n: number;
  /** Global node index of each local node. */
  nodes: Int32Array;
  /** Global edge id of each local tie. */
  edges: Int32Array;
  a: Int32Array;
  b: Int32Array;
  sign: Int8Array;
  offsets: Int32Array;
  neighbor: Int32Array;
  /** Local tie id of each adjacency slot. */
  slotEdge: Int32Array;
  slotSign: Int8Array;
}

/** Camps as ±1 per local node. */
export type Camps = Int8Array;

/**
 * The subproblem made of the ties `edgeIds` of the undirected `graph`. `scratch` (one entry per graph
 * node, all −1) is borrowed for renumbering and handed back all −1, so many blocks share one array.
 */
export function signedProblem(graph: Graph, edgeIds: Int32Array, scratch: Int32Array): SignedProblem {
  const m = edgeIds.length;
  const a = new Int32Array(m);
  const b = new Int32Array(m);
  const sign = new Int8Array(m);
  const nodes: number[] = [];
  const localOf = (v: number) => {
    let i = scratch[v] as number;
    if (i < 0) {
      i = nodes.length;
      scratch[v] = i;
      nodes.push(v);
    }
    return i;
  };
  for (let i = 0; i < m; i++) {
    const e = edgeIds[i] as number;
    a[i] = localOf(graph.edgeSource[e] as number);
    b[i] = localOf(graph.edgeTarget[e] as number);
    sign[i] = graph.edgeSign[e] as number;
  }
  for (const v of nodes) scratch[v] = -1;
  return withAdjacency(nodes.length, Int32Array.from(nodes), edgeIds, a, b, sign);
}

/** Adds the CSR adjacency to a tie list. */
export function withAdjacency(
  n: number,
  nodes: Int32Array,
  edges: Int32Array,
  a: Int32Array,
  b: Int32Array,
  sign: Int8Array,
): SignedProblem {
  const m = a.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const x = (a[i] as number) + 1;
    const y = (b[i] as number) + 1;
    offsets[x] = (offsets[x] as number) + 1;
    offsets[y] = (offsets[y] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const neighbor = new Int32Array(2 * m);
  const slotEdge = new Int32Array(2 * m);
  const slotSign = new Int8Array(2 * m);
  const cursor = offsets.slice(0, n);
  const place = (from: number, to: number, e: number) => {
    const slot = cursor[from] as number;
    cursor[from] = slot + 1;
    neighbor[slot] = to;
    slotEdge[slot] = e;
    slotSign[slot] = sign[e] as number;
  };
  for (let i = 0; i < m; i++) {
    place(a[i] as number, b[i] as number, i);
    place(b[i] as number, a[i] as number, i);
  }
  return { n, nodes, edges, a, b, sign, offsets, neighbor, slotEdge, slotSign };
}

/** Whether local tie e is frustrated under `camps`. */
export function isFrustrated(problem: SignedProblem, camps: Camps, e: number): boolean {
  return (
    (problem.sign[e] as number) !==
    (camps[problem.a[e] as number] as number) * (camps[problem.b[e] as number] as number)
  );
}

/** Number of ties `camps` frustrates. */
export function frustrationOf(problem: SignedProblem, camps: Camps): number {
  let count = 0;
  for (let e = 0; e < problem.a.length; e++) if (isFrustrated(problem, camps, e)) count++;
  return count;
}

/** Camps with local node 0 in camp +1, so that a split and its mirror image compare equal. */
export function canonical(camps: Camps): Camps {
  return camps[0] === -1 ? camps.map((s) => -s) : camps;
}
