/**
 * The exact signed blockmodel of a small graph: every partition of the nodes into at most k positions,
 * each met once, pruned by the criterion so far.
 *
 * Set partitions are enumerated as restricted growth strings (Knuth, TAOCP vol. 4A, §7.2.1.5): the i-th
 * node takes a position already used or the next new one, so the k! renamings of a partition are never
 * visited twice. Nodes go in order of decreasing tie count, so the costly choices come first and the
 * partial criterion (which only grows) cuts branches that cannot beat the best partition found.
 */

import type { BlockProblem } from './blockmodel-problem.ts';

/** Nodes a graph may have (with at least one tie) for the exact search; S(12, ≤6) ≈ 3.4 million partitions. */
export const EXHAUSTIVE_MAX_NODES = 12;

/**
 * Writes into `label` the best partition of `nodes` into at most `k` positions, if it is better than
 * `incumbent` (the criterion of the partition `label` already holds) by more than `epsilon` (rounding);
 * returns the optimum's criterion.
 */
export function exhaustiveBlocks(
  problem: BlockProblem,
  nodes: Int32Array,
  k: number,
  label: Int32Array,
  incumbent: number,
  epsilon: number,
): number {
  const { alpha, offsets, partner, positive, negative } = problem;
  const order = Array.from(nodes).sort(
    (a, b) =>
      (offsets[b + 1] as number) -
        (offsets[b] as number) -
        ((offsets[a + 1] as number) - (offsets[a] as number)) || a - b,
  );
  const depthOf = new Int32Array(problem.n).fill(-1);
  order.forEach((v, i) => {
    depthOf[v] = i;
  });
  const current = new Int32Array(problem.n);
  let best = incumbent;

  const place = (depth: number, used: number, cost: number): void => {
    if (depth === order.length) {
      best = cost;
      for (const v of order) label[v] = current[v] as number;
      return;
    }
    const v = order[depth] as number;
    const limit = Math.min(k, used + 1);
    for (let c = 0; c < limit; c++) {
      let added = 0;
      for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
        const u = partner[s] as number;
        if ((depthOf[u] as number) >= depth) continue;
        added += current[u] === c ? alpha * (negative[s] as number) : (1 - alpha) * (positive[s] as number);
      }
      if (cost + added >= best - epsilon) continue;
      current[v] = c;
      place(depth + 1, c === used ? used + 1 : used, cost + added);
    }
  };
  place(0, 0, 0);
  return best;
}
