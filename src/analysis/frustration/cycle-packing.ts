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
  const search = pathSearch(problem, satisfiedTies(problem, camps, allowed));
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
    // A pass that has missed as many cycles as the best pass left over cannot beat it: stop there.
    let missesLeft = byLength.length - best;
    for (const e of order) {
      if (search(e, used, true) > 0) count++;
      else if (--missesLeft === 0) break;
    }
    best = Math.max(best, count);
  }
  return best;
}

function shuffleCopy(rng: Rng, items: number[]): number[] {
  return Array.from(shuffle(rng, Int32Array.from(items)));
}

/** The ties `camps` satisfies, among allowed nodes, as an adjacency (each tie in both ends' lists). */
interface SatisfiedTies {
  offsets: Int32Array;
  neighbor: Int32Array;
  edge: Int32Array;
}

function satisfiedTies(problem: SignedProblem, camps: Camps, allowed: Uint8Array | undefined): SatisfiedTies {
  const { n, offsets, neighbor, slotEdge, slotSign } = problem;
  const satisfied = {
    offsets: new Int32Array(n + 1),
    neighbor: new Int32Array(neighbor.length),
    edge: new Int32Array(neighbor.length),
  };
  let slot = 0;
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      const w = neighbor[k] as number;
      if ((allowed && allowed[w] !== 1) || slotSign[k] !== (camps[v] as number) * (camps[w] as number))
        continue;
      satisfied.neighbor[slot] = w;
      satisfied.edge[slot++] = slotEdge[k] as number;
    }
    satisfied.offsets[v + 1] = slot;
  }
  return satisfied;
}

/**
 * A shortest path between the ends of frustrated tie e over satisfied, unused ties, by breadth-first
 * search from both ends, a whole level at a time from the end whose frontier is smaller; returns the
 * cycle's length (the path and e; 0 when there is no path) and, if `claim`, marks its ties used.
 */
function pathSearch(problem: SignedProblem, satisfied: SatisfiedTies) {
  const { offsets, neighbor, edge } = satisfied;
  const n = problem.n;
  // Per node: the stamp of the search that reached it, from which end (0: a, 1: b), how far, and how.
  const seen = new Int32Array(n);
  const end = new Uint8Array(n);
  const depth = new Int32Array(n);
  const viaNode = new Int32Array(n);
  const viaEdge = new Int32Array(n);
  const queueA = new Int32Array(n);
  const queueB = new Int32Array(n);
  let stamp = 0;
  const claimPath = (v: number, tie: number, w: number, e: number, used: Uint8Array) => {
    used[e] = 1;
    used[tie] = 1;
    for (const start of [v, w]) {
      for (let x = start; depth[x] !== 0; x = viaNode[x] as number) used[viaEdge[x] as number] = 1;
    }
  };
  return (e: number, used: Uint8Array, claim: boolean): number => {
    stamp++;
    const rootA = problem.a[e] as number;
    const rootB = problem.b[e] as number;
    seen[rootA] = stamp;
    seen[rootB] = stamp;
    end[rootA] = 0;
    end[rootB] = 1;
    depth[rootA] = 0;
    depth[rootB] = 0;
    queueA[0] = rootA;
    queueB[0] = rootB;
    let headA = 0;
    let tailA = 1;
    let headB = 0;
    let tailB = 1;
    while (headA < tailA && headB < tailB) {
      const fromA = tailA - headA <= tailB - headB;
      const side = fromA ? 0 : 1;
      const queue = fromA ? queueA : queueB;
      const levelEnd = fromA ? tailA : tailB;
      let tail = levelEnd;
      for (let head = fromA ? headA : headB; head < levelEnd; head++) {
        const v = queue[head] as number;
        for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
          const tie = edge[k] as number;
          if (used[tie] === 1) continue;
          const w = neighbor[k] as number;
          if (seen[w] !== stamp) {
            seen[w] = stamp;
            end[w] = side;
            depth[w] = (depth[v] as number) + 1;
            viaNode[w] = v;
            viaEdge[w] = tie;
            queue[tail++] = w;
          } else if (end[w] !== side) {
            // The other end's nodes all lie on its frontier (an expanded one would have met v), so
            // every meeting of this level closes a cycle of the same length: the first will do.
            if (claim) claimPath(v, tie, w, e, used);
            return (depth[v] as number) + (depth[w] as number) + 2;
          }
        }
      }
      if (fromA) {
        headA = levelEnd;
        tailA = tail;
      } else {
        headB = levelEnd;
        tailB = tail;
      }
    }
    return 0;
  };
}
