/**
 * Core numbers by bucket-sorted peeling.
 *
 * Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks.
 * arXiv:cs/0310049. As `networkx.core_number`: weights ignored, and a directed node's degree is
 * in + out, so a reciprocated pair counts twice.
 */

import type { Graph } from './graph.ts';

/** The core number of every node, indexed like `graph.ids`. */
export function coreNumber(graph: Graph): Int32Array {
  const n = graph.order;
  const rows = graph.directed ? [graph.out, graph.in] : [graph.out];
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    let d = 0;
    for (const row of rows) d += (row.offsets[v + 1] as number) - (row.offsets[v] as number);
    degree[v] = d;
    if (d > maxDegree) maxDegree = d;
  }
  // Counting sort of nodes by degree: bin[d] is where degree-d nodes start in `vert`.
  const bin = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) {
    const d = (degree[v] as number) + 1;
    bin[d] = (bin[d] as number) + 1;
  }
  for (let d = 0; d <= maxDegree; d++) bin[d + 1] = (bin[d + 1] as number) + (bin[d] as number);
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  const cursor = bin.slice();
  for (let v = 0; v < n; v++) {
    const p = cursor[degree[v] as number] as number;
    cursor[degree[v] as number] = p + 1;
    pos[v] = p;
    vert[p] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = vert[i] as number;
    const dv = degree[v] as number;
    for (const row of rows) {
      const end = row.offsets[v + 1] as number;
      for (let k = row.offsets[v] as number; k < end; k++) {
        const u = row.targets[k] as number;
        const du = degree[u] as number;
        if (du > dv) {
          // Swap u with the first node of its bin, then shrink the bin: u's degree drops by one.
          const pu = pos[u] as number;
          const pw = bin[du] as number;
          const w = vert[pw] as number;
          if (u !== w) {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
          }
          bin[du] = pw + 1;
          degree[u] = du - 1;
        }
      }
    }
  }
  return degree;
}
