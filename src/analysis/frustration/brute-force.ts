/**
 * Exact frustration by enumerating every two-camp split, in Gray-code order.
 *
 * Harary, F. (1959). On the measurement of structural balance. Behavioral Science 4(4), 316–323
 * (the line index of balance); Gray, F. (1953), U.S. Patent 2,632,058 (each split differs from the
 * previous one by a single node). Node 0 stays in camp +1.
 * Used for blocks of up to about 20 nodes and as the test oracle.
 *
 * A split is a bit mask (bit v set: node v in camp −1) and each node's positive and negative
 * neighbours are masks too, so a flip's cost change is two population counts, whatever the degree.
 */

import { AnalysisError } from '../analysis-error.ts';
import type { Camps, SignedProblem } from './signed-problem.ts';

/** Every optimum of a block, summarised. */
export interface AllOptima {
  frustration: number;
  /** One optimal split (node 0 in camp +1). */
  camps: Camps;
  /** Number of optimal splits with node 0 in camp +1. */
  optima: number;
  /** Per local tie: frustrated in every optimum. */
  inAll: Uint8Array;
  /** Per local tie: frustrated in at least one optimum. */
  inSome: Uint8Array;
}

/** Largest block that brute force accepts (2^(n−1) splits, one bit per node in a 32-bit mask). */
export const BRUTE_FORCE_MAX_NODES = 26;

/** Enumerates all 2^(n−1) splits of `problem`; throws above `BRUTE_FORCE_MAX_NODES`. */
export function bruteForce(problem: SignedProblem): AllOptima {
  const { n, a, b, sign } = problem;
  const m = a.length;
  if (n > BRUTE_FORCE_MAX_NODES)
    throw new AnalysisError('brute_force_too_large', { nodes: n, max: BRUTE_FORCE_MAX_NODES });
  const positive = new Int32Array(n);
  const negative = new Int32Array(n);
  const degree = new Int32Array(n);
  let cost = 0;
  for (let e = 0; e < m; e++) {
    const x = a[e] as number;
    const y = b[e] as number;
    const masks = (sign[e] as number) > 0 ? positive : negative;
    masks[x] = (masks[x] as number) | (1 << y);
    masks[y] = (masks[y] as number) | (1 << x);
    degree[x] = (degree[x] as number) + 1;
    degree[y] = (degree[y] as number) + 1;
    if ((sign[e] as number) < 0) cost++;
  }
  const everyone = (1 << n) - 1;
  // Per node u, over the optima so far: the nodes in the other camp from u in every optimum, in some.
  const apartInAll = new Int32Array(n);
  const apartInSome = new Int32Array(n);
  const record = (split: number, fresh: boolean) => {
    for (let u = 0; u < n; u++) {
      const apart = (split >> u) & 1 ? ~split & everyone : split;
      apartInAll[u] = fresh ? apart : (apartInAll[u] as number) & apart;
      apartInSome[u] = fresh ? apart : (apartInSome[u] as number) | apart;
    }
  };
  let split = 0;
  let best = cost;
  let bestSplit = 0;
  let optima = 1;
  record(split, true);
  const splits = n > 0 ? 2 ** (n - 1) : 1;
  for (let i = 1; i < splits; i++) {
    const v = 32 - Math.clz32(i & -i);
    const apart = (split >> v) & 1 ? ~split & everyone : split;
    // A positive tie is frustrated across camps, a negative one within a camp; flipping v swaps the
    // state of each incident tie.
    const frustrated = popcount((positive[v] as number) & apart) + popcount((negative[v] as number) & ~apart);
    cost += (degree[v] as number) - 2 * frustrated;
    split ^= 1 << v;
    if (cost < best) {
      best = cost;
      bestSplit = split;
      optima = 1;
      record(split, true);
    } else if (cost === best) {
      optima++;
      record(split, false);
    }
  }
  const inAll = new Uint8Array(m);
  const inSome = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    const x = a[e] as number;
    const bit = 1 << (b[e] as number);
    const apartAlways = ((apartInAll[x] as number) & bit) !== 0;
    const apartSometimes = ((apartInSome[x] as number) & bit) !== 0;
    const positiveTie = (sign[e] as number) > 0;
    inAll[e] = (positiveTie ? apartAlways : !apartSometimes) ? 1 : 0;
    inSome[e] = (positiveTie ? apartSometimes : !apartAlways) ? 1 : 0;
  }
  const camps = new Int8Array(n);
  for (let v = 0; v < n; v++) camps[v] = (bestSplit >> v) & 1 ? -1 : 1;
  return { frustration: best, camps, optima, inAll, inSome };
}

// Set bits of a 32-bit integer (Hacker's Delight, §5-1).
function popcount(x: number): number {
  let y = x - ((x >>> 1) & 0x55555555);
  y = (y & 0x33333333) + ((y >>> 2) & 0x33333333);
  return Math.imul((y + (y >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
