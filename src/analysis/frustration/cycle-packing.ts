/**
 * Lower bounds on frustration from edge-disjoint unbalanced cycles.
 *
 * Every unbalanced cycle (odd number of negative ties) needs at least one frustrated tie, so k
 * edge-disjoint unbalanced cycles prove L ≥ k (Harary 1959; the "negative cycle packing" bound of
 * Aref, Mason & Wilson 2020, §3). Cycles are built around the ties a good split frustrates: the tie plus
 * a path of ties that split satisfies has exactly one frustrated tie, hence is unbalanced. When the
 * packing is as large as the split's frustration, the split is proven optimal.
 */

import { type Rng, shuffle } from '../rng.ts';
import { type Camps, isFrustrated, type SignedProblem } from './signed-problem.ts';

/** Options for `cyclePacking`. */
export interface CyclePackingOptions {
  /** Greedy passes (the first by shortest cycle, the rest in random order). */
  attempts: number;
  rng: Rng;
  /** Restrict cycles to these local nodes (1 = allowed); all when absent. */
  allowed?: Uint8Array;
}

/** The largest number of edge-disjoint unbalanced cycles found. */
export function cyclePacking(problem: SignedProblem, camps: Camps, options: CyclePackingOptions): number {
  const { allowed } = options;
  const m = problem.a.length;
  const frustrated: number[] = [];
  for (let e = 0; e < m; e++) {
    if (allowed && !(allowed[problem.a[e] as number] && allowed[problem.b[e] as number])) continue;
    if (isFrustrated(problem, camps, e)) frustrated.push(e);
  }
  if (frustrated.length === 0) return 0;
  const search = pathSearch(problem, camps, allowed);
  const used = new Uint8Array(m);
  const lengths = new Map(frustrated.map((e) => [e, search(e, used, false)]));
  const byLength = frustrated
    .filter((e) => (lengths.get(e) as number) > 0)
    .sort((x, y) => (lengths.get(x) as number) - (lengths.get(y) as number) || x - y);
  let best = 0;
  for (let attempt = 0; attempt < options.attempts && best < byLength.length; attempt++) {
    const order = attempt === 0 ? byLength : shuffleCopy(options.rng, byLength);
    used.fill(0);
    let count = 0;
    for (const e of order) if (search(e, used, true) > 0) count++;
    best = Math.max(best, count);
  }
  return best;
}

function shuffleCopy(rng: Rng, items: number[]): number[] {
  return Array.from(shuffle(rng, Int32Array.from(items)));
}

/**
 * A breadth-first search from one end of frustrated tie e to the other over satisfied, unused ties;
 * returns the path length (0 when none) and, if `claim`, marks the cycle's ties used.
 */
function pathSearch(problem: SignedProblem, camps: Camps, allowed: Uint8Array | undefined) {
  const { n, offsets, neighbor, slotEdge, slotSign } = problem;
  const seen = new Int32Array(n);
  const viaSlot = new Int32Array(n);
  const queue = new Int32Array(n);
  let stamp = 0;
  return (e: number, used: Uint8Array, claim: boolean): number => {
    const from = problem.a[e] as number;
    const to = problem.b[e] as number;
    stamp++;
    seen[from] = stamp;
    viaSlot[from] = -1;
    queue[0] = from;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      const sv = camps[v] as number;
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const w = neighbor[k] as number;
        if (seen[w] === stamp || used[slotEdge[k] as number] === 1) continue;
        if (allowed && !allowed[w]) continue;
        if ((slotSign[k] as number) !== sv * (camps[w] as number)) continue;
        seen[w] = stamp;
        viaSlot[w] = k;
        if (w === to) return finish(problem, viaSlot, from, to, e, used, claim);
        queue[tail++] = w;
      }
    }
    return 0;
  };
}

function finish(
  problem: SignedProblem,
  viaSlot: Int32Array,
  from: number,
  to: number,
  e: number,
  used: Uint8Array,
  claim: boolean,
): number {
  let length = 1;
  let v = to;
  while (v !== from) {
    const k = viaSlot[v] as number;
    if (claim) used[problem.slotEdge[k] as number] = 1;
    v = otherEnd(problem, k, v);
    length++;
  }
  if (claim) used[e] = 1;
  return length;
}

function otherEnd(problem: SignedProblem, slot: number, v: number): number {
  const e = problem.slotEdge[slot] as number;
  return problem.a[e] === v ? (problem.b[e] as number) : (problem.a[e] as number);
}
