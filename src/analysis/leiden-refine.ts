/**
 * Leiden's refinement (Traag, Waltman & van Eck 2019, Algorithm A.2 "RefinePartition" and
 * "MergeNodesSubset"): inside every community, start from singletons and visit each node once in random
 * order; a node still alone and well connected to its community joins a well-connected refined
 * community of the same community, chosen at random with probability ∝ exp(gain/θ) among those with a
 * non-negative gain (staying alone has gain 0). A node joins only a refined community it has ties to,
 * so refined communities are connected, and so is every community built from them. As igraph's
 * `igraph_i_community_leiden_mergenodes`, with gains in tie weight: w(v, D) − k_v·K_D·γ/2m.
 */

import type { Level } from './leiden-level.ts';
import { renumber } from './leiden-level.ts';
import { shuffledRange, type Workspace } from './leiden-workspace.ts';
import type { Rng } from './rng.ts';

/** Refined communities of `level` inside `membership` (k communities): `work.refined`, numbered 0…r−1; returns r. */
export function refine(
  level: Level,
  membership: Int32Array,
  k: number,
  scaled: number,
  theta: number,
  rng: Rng,
  work: Workspace,
): number {
  const { n, offsets, targets, weights, nodeWeight } = level;
  const {
    total,
    refined,
    weight,
    outside,
    flag: merged,
    sum: toRefined,
    touched,
    gains,
    queue: order,
  } = work;
  total.fill(0, 0, k);
  // Refined community ids start as node ids; `outside` is each one's tie weight to the rest of its community.
  for (let v = 0; v < n; v++) {
    const c = membership[v] as number;
    total[c] = (total[c] as number) + (nodeWeight[v] as number);
    refined[v] = v;
    weight[v] = nodeWeight[v] as number;
    let sum = 0;
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
      if (membership[targets[s] as number] === c) sum += weights[s] as number;
    }
    outside[v] = sum;
  }
  merged.fill(0, 0, n);
  // Communities are refined independently, so one shuffled order of all nodes serves them all.
  shuffledRange(order, n, rng);

  for (let i = 0; i < n; i++) {
    const v = order[i] as number;
    const own = refined[v] as number;
    const community = membership[v] as number;
    const all = total[community] as number;
    const ownWeight = weight[own] as number;
    if (merged[own] === 1 || (outside[own] as number) < ownWeight * (all - ownWeight) * scaled) continue;
    const kv = nodeWeight[v] as number;
    let found = 0;
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
      const u = targets[s] as number;
      if (membership[u] !== community) continue;
      const d = refined[u] as number;
      const w = toRefined[d] as number;
      if (w === 0) touched[found++] = d;
      toRefined[d] = w + (weights[s] as number);
    }
    // Eligible: well connected with a non-negative gain; gains are shifted by the best so exp never overflows.
    let bestGain = 0;
    let eligible = 0;
    for (let j = 0; j < found; j++) {
      const d = touched[j] as number;
      const dWeight = weight[d] as number;
      const gain = (toRefined[d] as number) - kv * dWeight * scaled;
      toRefined[d] = 0;
      if (gain < 0 || (outside[d] as number) < dWeight * (all - dWeight) * scaled) continue;
      touched[eligible] = d;
      gains[eligible++] = gain;
      if (gain > bestGain) bestGain = gain;
    }
    if (eligible === 0) continue;
    const chosen = choose(touched, gains, eligible, bestGain, theta, rng);
    if (chosen === -1) continue;
    join(level, membership, refined, weight, outside, v, chosen);
    merged[chosen] = 1;
  }
  return renumber(refined.subarray(0, n));
}

// Staying alone (gain 0, weight exp(−best/θ)) is the last option; −1 means it was drawn.
function choose(
  candidates: Int32Array,
  gains: Float64Array,
  count: number,
  best: number,
  theta: number,
  rng: Rng,
): number {
  if (theta === 0) {
    for (let i = 0; i < count; i++) if (gains[i] === best && best > 0) return candidates[i] as number;
    return -1;
  }
  let sum = Math.exp(-best / theta);
  for (let i = 0; i < count; i++) {
    const p = Math.exp(((gains[i] as number) - best) / theta);
    gains[i] = p;
    sum += p;
  }
  let r = rng() * sum;
  for (let i = 0; i < count; i++) {
    r -= gains[i] as number;
    if (r < 0) return candidates[i] as number;
  }
  return -1;
}

// Moves the singleton v into refined community d: ties to d turn internal, v's other ties in the community external.
function join(
  level: Level,
  membership: Int32Array,
  refined: Int32Array,
  weight: Float64Array,
  outside: Float64Array,
  v: number,
  d: number,
): void {
  const { offsets, targets, weights } = level;
  weight[d] = (weight[d] as number) + (level.nodeWeight[v] as number);
  let sum = outside[d] as number;
  for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
    const u = targets[s] as number;
    if (membership[u] !== membership[v]) continue;
    sum += refined[u] === d ? -(weights[s] as number) : (weights[s] as number);
  }
  outside[d] = sum;
  refined[v] = d;
}
