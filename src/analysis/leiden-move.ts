/**
 * Leiden's fast local moving (Traag, Waltman & van Eck 2019, Algorithm A.2 "MoveNodesFast"): every node
 * starts in a queue in random order; a popped node moves to the neighbouring (or an empty) community
 * with the largest strictly positive gain, and when it moves, its neighbours outside its new community
 * join the queue again. Ends when the queue is empty, so only nodes whose neighbourhood changed are
 * revisited (unlike Louvain's full sweeps). Follows igraph's `igraph_i_community_leiden_fastmovenodes`.
 */

import type { Level } from './leiden-level.ts';
import { renumber } from './leiden-level.ts';
import { type Rng, shuffle } from './rng.ts';

/**
 * Moves nodes of `level` between communities of `membership` (labels < n, updated in place and
 * renumbered 0…k−1); `scaled` is γ/2m. Returns k.
 */
export function moveNodes(level: Level, membership: Int32Array, scaled: number, rng: Rng): number {
  const { n, offsets, targets, weights, nodeWeight } = level;
  const communityWeight = new Float64Array(n);
  const communitySize = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const c = membership[v] as number;
    communityWeight[c] = (communityWeight[c] as number) + (nodeWeight[v] as number);
    communitySize[c] = (communitySize[c] as number) + 1;
  }
  // Labels no node carries: a node may always move into one (gain 0).
  const empty = new Int32Array(n);
  let emptyTop = 0;
  for (let c = n - 1; c >= 0; c--) if (communitySize[c] === 0) empty[emptyTop++] = c;

  // A ring buffer holds each unstable node at most once.
  const queue = shuffle(
    rng,
    Int32Array.from({ length: n }, (_, i) => i),
  );
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let pending = n;
  const toCommunity = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n + 1);

  while (pending > 0) {
    const v = queue[head] as number;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;
    const own = membership[v] as number;
    const k = nodeWeight[v] as number;
    communityWeight[own] = (communityWeight[own] as number) - k;
    communitySize[own] = (communitySize[own] as number) - 1;
    if (communitySize[own] === 0) empty[emptyTop++] = own;

    // Candidates: an empty label first, then every neighbouring community with the weight of ties to it.
    const spare = empty[emptyTop - 1] as number;
    touched[0] = spare;
    seen[spare] = 1;
    let found = 1;
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
      const c = membership[targets[s] as number] as number;
      if (seen[c] === 0) {
        seen[c] = 1;
        touched[found++] = c;
      }
      toCommunity[c] = (toCommunity[c] as number) + (weights[s] as number);
    }
    let best = own;
    let bestGain = (toCommunity[own] as number) - k * (communityWeight[own] as number) * scaled;
    for (let i = 0; i < found; i++) {
      const c = touched[i] as number;
      const gain = (toCommunity[c] as number) - k * (communityWeight[c] as number) * scaled;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
      toCommunity[c] = 0;
      seen[c] = 0;
    }

    communityWeight[best] = (communityWeight[best] as number) + k;
    communitySize[best] = (communitySize[best] as number) + 1;
    if (best === spare) emptyTop--;
    if (best !== own) {
      membership[v] = best;
      for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
        const u = targets[s] as number;
        if (queued[u] === 0 && membership[u] !== best) {
          queued[u] = 1;
          const tail = head + pending < n ? head + pending : head + pending - n;
          queue[tail] = u;
          pending++;
        }
      }
    }
  }
  return renumber(membership);
}
