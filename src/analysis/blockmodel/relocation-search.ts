/**
 * Local search for the signed blockmodel, as Doreian & Mrvar's procedure: from a start partition, move
 * single nodes to another position (relocation) and swap two nodes of different positions (exchange)
 * while either lowers the criterion; repeat from many starts and keep the best.
 *
 * Doreian, P. & Mrvar, A. (1996). A partitioning approach to structural balance. Social Networks 18(2),
 * 149–168 (§4, the relocation algorithm); Doreian & Mrvar (2009), Social Networks 31(1), 1–11. Each node
 * keeps the weight of its positive and negative ties into every position, so a move is judged in O(k)
 * and made in O(degree); an exchange sweep looks only at tied pairs (see `exchange` for why that suffices).
 */

import type { BlockProblem } from './blockmodel-problem.ts';

/** A local optimum: no single relocation and no exchange lowers its criterion. */
export interface LocalOptimum {
  label: Int32Array;
  criterion: number;
}

/** Improves the partition `label` (of `nodes`, the nodes with ties) in place until it is a local optimum. */
export function relocationSearch(
  problem: BlockProblem,
  nodes: Int32Array,
  k: number,
  label: Int32Array,
  epsilon: number,
): LocalOptimum {
  const state = tallies(problem, k, label);
  for (;;) {
    relocate(problem, nodes, k, label, state, epsilon);
    if (!exchange(problem, nodes, k, label, state, epsilon)) break;
  }
  let within = 0;
  let between = 0;
  for (const v of nodes) {
    const a = label[v] as number;
    for (let c = 0; c < k; c++) {
      if (c === a) within += state.negative[v * k + c] as number;
      else between += state.positive[v * k + c] as number;
    }
  }
  // Every pair was counted from both ends.
  return { label, criterion: (problem.alpha * within + (1 - problem.alpha) * between) / 2 };
}

interface Tallies {
  /** Weight of v's positive (negative) ties into position c, at `v * k + c`. */
  positive: Float64Array;
  negative: Float64Array;
}

function tallies(problem: BlockProblem, k: number, label: Int32Array): Tallies {
  const positive = new Float64Array(problem.n * k);
  const negative = new Float64Array(problem.n * k);
  for (let v = 0; v < problem.n; v++) {
    for (let s = problem.offsets[v] as number; s < (problem.offsets[v + 1] as number); s++) {
      const c = label[problem.partner[s] as number] as number;
      positive[v * k + c] = (positive[v * k + c] as number) + (problem.positive[s] as number);
      negative[v * k + c] = (negative[v * k + c] as number) + (problem.negative[s] as number);
    }
  }
  return { positive, negative };
}

// Change of the criterion when v leaves position a for b (ties between v and others only).
function moveGain(alpha: number, state: Tallies, k: number, v: number, a: number, b: number): number {
  const row = v * k;
  return (
    alpha * ((state.negative[row + b] as number) - (state.negative[row + a] as number)) +
    (1 - alpha) * ((state.positive[row + a] as number) - (state.positive[row + b] as number))
  );
}

function move(
  problem: BlockProblem,
  k: number,
  label: Int32Array,
  state: Tallies,
  v: number,
  b: number,
): void {
  const a = label[v] as number;
  for (let s = problem.offsets[v] as number; s < (problem.offsets[v + 1] as number); s++) {
    const row = (problem.partner[s] as number) * k;
    const p = problem.positive[s] as number;
    const q = problem.negative[s] as number;
    state.positive[row + a] = (state.positive[row + a] as number) - p;
    state.positive[row + b] = (state.positive[row + b] as number) + p;
    state.negative[row + a] = (state.negative[row + a] as number) - q;
    state.negative[row + b] = (state.negative[row + b] as number) + q;
  }
  label[v] = b;
}

// Best-improvement per node, sweeping all nodes until a sweep moves none.
function relocate(
  problem: BlockProblem,
  nodes: Int32Array,
  k: number,
  label: Int32Array,
  state: Tallies,
  epsilon: number,
): void {
  let moved = true;
  while (moved) {
    moved = false;
    for (const v of nodes) {
      const a = label[v] as number;
      let bestGain = -epsilon;
      let bestTo = -1;
      for (let b = 0; b < k; b++) {
        if (b === a) continue;
        const gain = moveGain(problem.alpha, state, k, v, a, b);
        if (gain < bestGain) {
          bestGain = gain;
          bestTo = b;
        }
      }
      if (bestTo >= 0) {
        move(problem, k, label, state, v, bestTo);
        moved = true;
      }
    }
  }
}

// Swaps every improving pair met in one sweep; returns whether it swapped any. At a relocation optimum each
// single move gains nothing, so a swap can only gain through the pair's own tie, when it is net negative
// (α·n > (1 − α)·p): only tied pairs in different positions are worth looking at, O(m) per sweep.
function exchange(
  problem: BlockProblem,
  nodes: Int32Array,
  k: number,
  label: Int32Array,
  state: Tallies,
  epsilon: number,
): boolean {
  const { alpha, offsets, partner, positive, negative } = problem;
  let swapped = false;
  for (const u of nodes) {
    for (let s = offsets[u] as number; s < (offsets[u + 1] as number); s++) {
      const v = partner[s] as number;
      const a = label[u] as number;
      const b = label[v] as number;
      const pair = alpha * (negative[s] as number) - (1 - alpha) * (positive[s] as number);
      if (a === b || pair <= 0) continue;
      // Both single moves count the u–v pair as joined; after a swap it is still split.
      const gain = moveGain(alpha, state, k, u, a, b) + moveGain(alpha, state, k, v, b, a) - 2 * pair;
      if (gain < -epsilon) {
        move(problem, k, label, state, u, b);
        move(problem, k, label, state, v, a);
        swapped = true;
      }
    }
  }
  return swapped;
}
