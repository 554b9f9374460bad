/**
 * A pool of distinct optimal splits of one block, widened by walking the optimal plateau.
 *
 * Several optima tell which frustrated ties are unavoidable and which are one choice among several
 * (METHODS.md §2: frustrated in *all* or only *some* optima found). Besides the optima the searches
 * meet, single-node flips that leave the frustration unchanged lead to further optima
 * (Aref, Mason & Wilson 2020 list such alternative optima).
 */

import { type Camps, canonical, isFrustrated, type SignedProblem } from './signed-problem.ts';

/** Distinct optimal splits seen so far (mirror images counted once). */
export interface OptimaPool {
  /** Offers a split with its frustration; a lower frustration empties the pool first. */
  offer(camps: Camps, frustration: number): void;
  best(): number;
  size(): number;
  splits(): Camps[];
}

/** An empty pool holding at most `capacity` splits. */
export function optimaPool(capacity: number): OptimaPool {
  let bestCost = Number.POSITIVE_INFINITY;
  let found: Camps[] = [];
  let hashes: number[] = [];
  return {
    offer(camps, frustration) {
      if (frustration > bestCost || (frustration === bestCost && found.length >= capacity)) return;
      if (frustration < bestCost) {
        bestCost = frustration;
        found = [];
        hashes = [];
      }
      const hash = mirrorFreeHash(camps);
      for (let i = 0; i < found.length; i++) {
        if (hashes[i] === hash && sameSplit(found[i] as Camps, camps)) return;
      }
      found.push(canonical(camps).slice());
      hashes.push(hash);
    },
    best: () => bestCost,
    size: () => found.length,
    splits: () => found.slice(),
  };
}

// FNV-1a over the camps as seen from node 0, so a split and its mirror hash alike.
function mirrorFreeHash(camps: Camps): number {
  const flip = camps[0] === -1 ? -1 : 1;
  let hash = 0x811c9dc5;
  for (let i = 0; i < camps.length; i++)
    hash = Math.imul(hash ^ (flip * (camps[i] as number) + 1), 0x01000193);
  return hash >>> 0;
}

function sameSplit(stored: Camps, camps: Camps): boolean {
  const flip = camps[0] === -1 ? -1 : 1;
  for (let i = 0; i < camps.length; i++) if (stored[i] !== flip * (camps[i] as number)) return false;
  return true;
}

/** Adds optima reachable from the pool's splits by cost-neutral single flips, up to `capacity`. */
export function walkPlateau(problem: SignedProblem, pool: OptimaPool, capacity: number): void {
  const { n, offsets, neighbor, slotSign } = problem;
  const queue = pool.splits();
  for (let i = 0; i < queue.length && pool.size() < capacity; i++) {
    const camps = queue[i] as Camps;
    for (let v = 0; v < n && pool.size() < capacity; v++) {
      let gain = 0;
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        gain +=
          (slotSign[k] as number) === (camps[v] as number) * (camps[neighbor[k] as number] as number)
            ? 1
            : -1;
      }
      if (gain !== 0) continue;
      const next = camps.slice();
      next[v] = -(next[v] as number);
      const before = pool.size();
      pool.offer(next, pool.best());
      if (pool.size() > before) queue.push(canonical(next));
    }
  }
}

/** Per tie: frustrated in every split of the pool, and in at least one. */
export function frustrationFlags(
  problem: SignedProblem,
  splits: Camps[],
): { inAll: Uint8Array; inSome: Uint8Array } {
  const m = problem.a.length;
  const inAll = new Uint8Array(m).fill(splits.length > 0 ? 1 : 0);
  const inSome = new Uint8Array(m);
  for (const camps of splits) {
    for (let e = 0; e < m; e++) {
      const f = isFrustrated(problem, camps, e) ? 1 : 0;
      inAll[e] = (inAll[e] as number) & f;
      inSome[e] = (inSome[e] as number) | f;
    }
  }
  return { inAll, inSome };
}
