/**
 * Leiden's fast local moving (Traag, Waltman & van Eck 2019, Algorithm A.2 "MoveNodesFast"): every node
 * starts in a queue in random order; a popped node moves to the neighbouring (or an empty) community
 * with the largest strictly positive gain, and when it moves, its neighbours outside its new community
 * join the queue again. Ends when the queue is empty, so only nodes whose neighbourhood changed are
 * revisited (unlike Louvain's full sweeps). Follows igraph's `igraph_i_community_leiden_fastmovenodes`.
 */

import type { Level } from './leiden-level.ts';
import { renumber } from './leiden-level.ts';
import { shuffledRange, type Workspace } from './leiden-workspace.ts';
import type { Rng } from './rng.ts';

/**
 * Moves nodes of `level` between communities of `membership` (labels < n, updated in place and
 * renumbered 0…k−1); `scaled` is γ/2m. Returns k.
 */
export function moveNodes(
  level: Level,
  membership: Int32Array,
  scaled: number,
  rng: Rng,
  work: Workspace,
): number {
  const { n, offsets, targets, weights, nodeWeight } = level;
  const { weight: communityWeight, size: communitySize, stack: empty, queue, flag: queued } = work;
  const { sum: toCommunity, touched } = work;
  communityWeight.fill(0, 0, n);
  communitySize.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    const c = membership[v] as number;
    communityWeight[c] = (communityWeight[c] as number) + (nodeWeight[v] as number);
    communitySize[c] = (communitySize[c] as number) + 1;
  }
  // Labels no node carries: a node may always move into one (gain 0).
  let emptyTop = 0;
  for (let c = n - 1; c >= 0; c--) if (communitySize[c] === 0) empty[emptyTop++] = c;

  // A ring buffer holds each unstable node at most once.
  shuffledRange(queue, n, rng);
  queued.fill(1, 0, n);
  let head = 0;
  let pending = n;

  while (pending > 0) {
    const v = queue[head] as number;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;
    const own = membership[v] as number;
    const k = nodeWeight[v] as number;
    const ks = k * scaled;
    communityWeight[own] = (communityWeight[own] as number) - k;
    communitySize[own] = (communitySize[own] as number) - 1;
    if (communitySize[own] === 0) empty[emptyTop++] = own;

    // Neighbouring communities with the weight of ties to each (weights are > 0, so 0 means unseen).
    let found = 0;
    const end = offsets[v + 1] as number;
    for (let s = offsets[v] as number; s < end; s++) {
      const c = membership[targets[s] as number] as number;
      const w = toCommunity[c] as number;
      if (w === 0) touched[found++] = c;
      toCommunity[c] = w + (weights[s] as number);
    }
    // Staying, then an empty label (gain 0), then each neighbouring community.
    let best = own;
    let bestGain = (toCommunity[own] as number) - ks * (communityWeight[own] as number);
    const spare = empty[emptyTop - 1] as number;
    if (bestGain < 0) {
      best = spare;
      bestGain = 0;
    }
    for (let i = 0; i < found; i++) {
      const c = touched[i] as number;
      const gain = (toCommunity[c] as number) - ks * (communityWeight[c] as number);
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
      toCommunity[c] = 0;
    }

    communityWeight[best] = (communityWeight[best] as number) + k;
    communitySize[best] = (communitySize[best] as number) + 1;
    if (best === spare) emptyTop--;
    if (best !== own) {
      membership[v] = best;
      for (let s = offsets[v] as number; s < end; s++) {
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
