/**
 * Upper bounds on the frustration of a block by iterated local search.
 *
 * Lourenço, H. R., Martin, O. C. & Stützle, T. (2003). Iterated local search. In Handbook of
 * Metaheuristics, 320–353. Starts from spanning-tree propagation (each tree tie satisfied, the
 * switching start of Aref, Mason & Wilson 2020) and from random splits, descends by single-node flips,
 * then kicks a few nodes and descends again, keeping non-worse results so that plateaus are walked.
 * Every step count is fixed in advance: no clock.
 */

import { type Rng, randomInt } from '../rng.ts';
import type { Camps, SignedProblem } from './signed-problem.ts';

/** Effort of `localSearch`. */
export interface LocalSearchOptions {
  /** Number of starts (tree propagations from the highest-degree nodes, then random splits). */
  starts: number;
  /** Kick-and-descend rounds after each start. */
  kicks: number;
  rng: Rng;
}

/** A split and its frustration. */
export interface Solution {
  camps: Camps;
  frustration: number;
}

/** Cost change of flipping each node: satisfied incident ties − frustrated incident ties. */
function flipGains(problem: SignedProblem, camps: Camps): Int32Array {
  const { n, offsets, neighbor, slotSign } = problem;
  const delta = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let d = 0;
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      d +=
        (slotSign[k] as number) === (camps[v] as number) * (camps[neighbor[k] as number] as number) ? 1 : -1;
    }
    delta[v] = d;
  }
  return delta;
}

/** Flips v, keeping `delta` current; returns the cost change. */
export function flip(problem: SignedProblem, camps: Camps, delta: Int32Array, v: number): number {
  const { offsets, neighbor, slotSign } = problem;
  const change = delta[v] as number;
  const sv = camps[v] as number;
  for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
    const w = neighbor[k] as number;
    const wasSatisfied = (slotSign[k] as number) === sv * (camps[w] as number);
    // The tie changes state, so w's own flip would now undo (wasSatisfied) or cause a frustration.
    delta[w] = (delta[w] as number) + (wasSatisfied ? -2 : 2);
  }
  camps[v] = -sv;
  delta[v] = -change;
  return change;
}

/**
 * Flips improving nodes until none is left, starting from the nodes on `stack` (a flip can only make
 * its neighbours improvable); notes each flip in `trail`.
 */
function descend(
  problem: SignedProblem,
  camps: Camps,
  delta: Int32Array,
  stack: number[],
  trail: number[],
  locked?: Uint8Array,
): number {
  const { offsets, neighbor } = problem;
  let total = 0;
  while (stack.length > 0) {
    const v = stack.pop() as number;
    if ((delta[v] as number) >= 0 || locked?.[v] === 1) continue;
    total += flip(problem, camps, delta, v);
    trail.push(v);
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      const w = neighbor[k] as number;
      if ((delta[w] as number) < 0) stack.push(w);
    }
  }
  return total;
}

/** Camps that satisfy every tie of a breadth-first spanning tree from `root`. */
function treeStart(problem: SignedProblem, root: number): Camps {
  const { n, offsets, neighbor, slotSign } = problem;
  const camps = new Int8Array(n);
  const queue = new Int32Array(n);
  camps[root] = 1;
  let head = 0;
  let tail = 1;
  queue[0] = root;
  while (head < tail) {
    const v = queue[head++] as number;
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      const w = neighbor[k] as number;
      if (camps[w] !== 0) continue;
      camps[w] = (slotSign[k] as number) * (camps[v] as number);
      queue[tail++] = w;
    }
  }
  for (let v = 0; v < n; v++) if (camps[v] === 0) camps[v] = 1;
  return camps;
}

/** The best split found; `observe` sees every accepted local optimum with its frustration. */
export function localSearch(
  problem: SignedProblem,
  options: LocalSearchOptions,
  observe: (camps: Camps, frustration: number) => void,
): Solution {
  const { n, offsets } = problem;
  const degree = (v: number) => (offsets[v + 1] as number) - (offsets[v] as number);
  const byDegree = Array.from({ length: n }, (_, v) => v).sort((x, y) => degree(y) - degree(x) || x - y);
  let best: Solution = { camps: new Int8Array(n).fill(1), frustration: Number.POSITIVE_INFINITY };
  const treeStarts = Math.min(n, Math.ceil(options.starts / 2));
  const trail: number[] = [];
  const locked = new Uint8Array(n);
  const parity = new Uint8Array(n);
  for (let start = 0; start < options.starts; start++) {
    const camps =
      start < treeStarts
        ? treeStart(problem, byDegree[start] as number)
        : Int8Array.from({ length: n }, () => (options.rng() < 0.5 ? 1 : -1));
    const delta = flipGains(problem, camps);
    const stack = Array.from({ length: n }, (_, v) => v);
    let current = frustrationFromGains(problem, delta) + descend(problem, camps, delta, stack, trail);
    observe(camps, current);
    for (let kick = 0; kick < options.kicks; kick++) {
      trail.length = 0;
      // Kick: move a node and up to three of its neighbours, keep them there while the rest settles,
      // then let them settle too; a single-node kick would otherwise be undone at once.
      const kicked = kickSet(problem, options.rng);
      let next = current;
      for (const v of kicked) {
        next += flip(problem, camps, delta, v);
        trail.push(v);
        locked[v] = 1;
        for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++)
          stack.push(problem.neighbor[k] as number);
      }
      next += descend(problem, camps, delta, stack, trail, locked);
      for (const v of kicked) {
        locked[v] = 0;
        stack.push(v);
      }
      next += descend(problem, camps, delta, stack, trail);
      if (next <= current) {
        current = next;
        // Most kicks settle back into the split they started from: already observed.
        if (movedAny(trail, parity)) observe(camps, current);
      } else {
        // Every flip is its own inverse, gains included: undo in reverse order.
        for (let i = trail.length - 1; i >= 0; i--) flip(problem, camps, delta, trail[i] as number);
      }
    }
    if (current < best.frustration) best = { camps: camps.slice(), frustration: current };
  }
  return best;
}

/** Whether the flips of `trail` leave any node moved (flipped an odd number of times). */
function movedAny(trail: number[], parity: Uint8Array): boolean {
  for (const v of trail) parity[v] = (parity[v] as number) ^ 1;
  let moved = false;
  for (const v of trail) {
    if (parity[v] === 1) moved = true;
    parity[v] = 0;
  }
  return moved;
}

function kickSet(problem: SignedProblem, rng: Rng): number[] {
  const { offsets, neighbor } = problem;
  const v = randomInt(rng, problem.n);
  const kicked = [v];
  const degree = (offsets[v + 1] as number) - (offsets[v] as number);
  const extra = Math.min(degree, randomInt(rng, 4));
  for (let i = 0; i < extra; i++) {
    const w = neighbor[(offsets[v] as number) + randomInt(rng, degree)] as number;
    if (!kicked.includes(w)) kicked.push(w);
  }
  return kicked;
}

// Each frustrated tie gives −1 to both ends' gains and each satisfied tie +1: Σ gains = 2(m − 2F).
function frustrationFromGains(problem: SignedProblem, delta: Int32Array): number {
  let total = 0;
  for (const d of delta) total += d;
  return (2 * problem.a.length - total) / 4;
}
