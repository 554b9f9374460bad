/**
 * PN centrality for signed networks.
 *
 * Everett, M. G. & Borgatti, S. P. (2014). Networks containing negative ties. Social Networks 38,
 * 111–120: PN = (I − A/(2n−2))⁻¹·1 with A = P − 2N (binary ties). Directed graphs give an out-score
 * (A) and an in-score (Aᵀ), as R `signnet::pn_index(mode = "out" | "in")`.
 */

import type { Adjacency, Graph } from './graph.ts';

/** PN scores indexed like `graph.ids`; `in` equals `out` for undirected graphs. */
export interface PnResult {
  out: Float64Array;
  in: Float64Array;
}

/** PN centrality of every node (weights ignored, signs used). */
export function pnCentrality(graph: Graph): PnResult {
  const n = graph.order;
  if (!graph.directed) {
    const scores = solvePn(graph.out, graph.out, n, true);
    return { out: scores, in: scores };
  }
  return { out: solvePn(graph.out, graph.in, n, false), in: solvePn(graph.in, graph.out, n, false) };
}

/** y = (I − A/(2n−2))·x with A = P − 2N read from `rows` (row i holds the ties i→j). */
function multiply(rows: Adjacency, scale: number, x: Float64Array, y: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    let sum = x[i] as number;
    for (let k = rows.offsets[i] as number; k < (rows.offsets[i + 1] as number); k++) {
      sum -= ((rows.signs[k] as number) > 0 ? 1 : -2) * scale * (x[rows.targets[k] as number] as number);
    }
    y[i] = sum;
  }
}

// Conjugate gradients (Hestenes & Stiefel 1952). Undirected: the matrix is symmetric with eigenvalues in
// [1/2, 2], so a few dozen sparse products reach machine precision. Directed: the normal equations
// MᵀM x = Mᵀ1, with Mᵀ read from the opposite adjacency.
function solvePn(rows: Adjacency, transposed: Adjacency, n: number, symmetric: boolean): Float64Array {
  if (n === 0) return new Float64Array(0);
  if (n === 1) return Float64Array.of(1);
  const scale = 1 / (2 * n - 2);
  const scratch = new Float64Array(n);
  const apply = (x: Float64Array, y: Float64Array) => {
    if (symmetric) return multiply(rows, scale, x, y);
    multiply(rows, scale, x, scratch);
    multiply(transposed, scale, scratch, y);
  };
  const ones = new Float64Array(n).fill(1);
  const b = new Float64Array(n);
  if (symmetric) b.set(ones);
  else multiply(transposed, scale, ones, b);
  const x = new Float64Array(n);
  const r = b.slice();
  const p = b.slice();
  const ap = new Float64Array(n);
  const dot = (u: Float64Array, v: Float64Array) => u.reduce((sum, ui, i) => sum + ui * (v[i] as number), 0);
  let rr = dot(r, r);
  const stop = 1e-28 * rr;
  for (let iteration = 0; iteration < 10 * n && rr > stop; iteration++) {
    apply(p, ap);
    const step = rr / dot(p, ap);
    for (let i = 0; i < n; i++) {
      x[i] = (x[i] as number) + step * (p[i] as number);
      r[i] = (r[i] as number) - step * (ap[i] as number);
    }
    const next = dot(r, r);
    for (let i = 0; i < n; i++) p[i] = (r[i] as number) + (next / rr) * (p[i] as number);
    rr = next;
  }
  return x;
}
