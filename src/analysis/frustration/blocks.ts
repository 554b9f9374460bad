/**
 * Biconnected blocks of an undirected graph, as sets of ties.
 *
 * Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation.
 * Communications of the ACM 16(6), 372–378; iterative, with an edge stack. Every cycle lies inside one
 * block, so the frustration index is the sum over blocks (Aref, Mason & Wilson 2020, §4.1) and a bridge
 * is never frustrated.
 */

import type { Graph } from '../graph.ts';

/**
 * The tie ids of every block. Blocks come out children first, so in reverse order each block shares at
 * most one node (its cut vertex towards the root) with the blocks before it.
 */
export function biconnectedBlocks(graph: Graph): Int32Array[] {
  const n = graph.order;
  const { offsets, targets, edges } = graph.out;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const frameNode = new Int32Array(n);
  const frameSlot = new Int32Array(n);
  const frameEdge = new Int32Array(n);
  const edgeStack = new Int32Array(graph.size);
  const blocks: Int32Array[] = [];
  let time = 0;
  let edgeTop = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1 || offsets[root] === offsets[root + 1]) continue;
    let depth = 0;
    frameNode[0] = root;
    frameSlot[0] = offsets[root] as number;
    frameEdge[0] = -1;
    disc[root] = low[root] = time++;
    while (depth >= 0) {
      const v = frameNode[depth] as number;
      const k = frameSlot[depth] as number;
      if (k < (offsets[v + 1] as number)) {
        frameSlot[depth] = k + 1;
        const w = targets[k] as number;
        const e = edges[k] as number;
        if (e === frameEdge[depth]) continue;
        if (disc[w] === -1) {
          edgeStack[edgeTop++] = e;
          disc[w] = low[w] = time++;
          depth++;
          frameNode[depth] = w;
          frameSlot[depth] = offsets[w] as number;
          frameEdge[depth] = e;
        } else if ((disc[w] as number) < (disc[v] as number)) {
          edgeStack[edgeTop++] = e;
          low[v] = Math.min(low[v] as number, disc[w] as number);
        }
        continue;
      }
      const parentEdge = frameEdge[depth] as number;
      depth--;
      if (depth < 0) break;
      const u = frameNode[depth] as number;
      low[u] = Math.min(low[u] as number, low[v] as number);
      if ((low[v] as number) >= (disc[u] as number)) {
        let start = edgeTop;
        while (edgeStack[start - 1] !== parentEdge) start--;
        blocks.push(edgeStack.slice(start - 1, edgeTop));
        edgeTop = start - 1;
      }
    }
  }
  return blocks;
}
