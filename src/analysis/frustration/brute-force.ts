/**
 * Exact frustration by enumerating every two-camp split, in Gray-code order.
 *
 * Harary, F. (1959). On the measurement of structural balance. Behavioral Science 4(4), 316–323
 * (the line index of balance); Gray, F. (1953), U.S. Patent 2,632,058 (each split differs from the
 * previous one by a single node, so the count updates in O(degree)). Node 0 stays in camp +1.
 * Used for blocks of up to about 20 nodes and as the test oracle.
 */

import { AnalysisError } from '../analysis-error.ts';
import { type Camps, isFrustrated, type SignedProblem } from './signed-problem.ts';

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

/** Largest block that brute force accepts (2^(n−1) splits). */
export const BRUTE_FORCE_MAX_NODES = 26;

/** Enumerates all 2^(n−1) splits of `problem`; throws above `BRUTE_FORCE_MAX_NODES`. */
export function bruteForce(problem: SignedProblem): AllOptima {
  const { n, offsets, neighbor, slotSign } = problem;
  const m = problem.a.length;
  if (n > BRUTE_FORCE_MAX_NODES)
    throw new AnalysisError('brute_force_too_large', { nodes: n, max: BRUTE_FORCE_MAX_NODES });
  const camps = new Int8Array(n).fill(1);
  let cost = 0;
  for (let e = 0; e < m; e++) if (isFrustrated(problem, camps, e)) cost++;
  let best = cost;
  let bestCamps = camps.slice();
  let optima = 1;
  const inAll = new Uint8Array(m);
  const inSome = new Uint8Array(m);
  const record = (fresh: boolean) => {
    for (let e = 0; e < m; e++) {
      const f = isFrustrated(problem, camps, e) ? 1 : 0;
      inAll[e] = fresh ? f : (inAll[e] as number) & f;
      inSome[e] = fresh ? f : (inSome[e] as number) | f;
    }
  };
  record(true);
  const splits = n > 0 ? 2 ** (n - 1) : 1;
  for (let i = 1; i < splits; i++) {
    const v = 32 - Math.clz32(i & -i);
    const sv = camps[v] as number;
    // Flipping v turns each satisfied incident tie frustrated and vice versa.
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
      const satisfied = (slotSign[k] as number) === sv * (camps[neighbor[k] as number] as number);
      cost += satisfied ? 1 : -1;
    }
    camps[v] = -sv;
    if (cost < best) {
      best = cost;
      bestCamps = camps.slice();
      optima = 1;
      record(true);
    } else if (cost === best) {
      optima++;
      record(false);
    }
  }
  return { frustration: best, camps: bestCamps, optima, inAll, inSome };
}
