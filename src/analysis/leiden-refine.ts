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
import { type Rng, shuffle } from './rng.ts';

/** Refined communities of `level` inside `membership` (k communities), numbered 0…r−1, and r. */
export function refine(
  level: Level,
  membership: Int32Array,
  k: number,
  scaled: number,
  theta: number,
  rng: Rng,
): { refined: Int32Array; count: number } {
  const { n, offsets, targets, weights, nodeWeight } = level;
  const total = new Float64Array(k);
  for (let v = 0; v < n; v++) {
    const c = membership[v] as number;
    total[c] = (total[c] as number) + (nodeWeight[v] as number);
  }
  // Refined community ids start as node ids; `outside` is each one's tie weight to the rest of its community.
  const refined = Int32Array.from({ length: n }, (_, i) => i);
  const weight = Float64Array.from(nodeWeight);
  const outside = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
      if (membership[targets[s] as number] === membership[v]) sum += weights[s] as number;
    }
    outside[v] = sum;
  }
  const merged = new Uint8Array(n);
  const toRefined = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const gains = new Float64Array(n);
  // Communities are refined independently, so one shuffled order of all nodes serves them all.
  const order = shuffle(
    rng,
    Int32Array.from({ length: n }, (_, i) => i),
  );
  const wellConnected = (d: number, all: number) =>
    (outside[d] as number) >= (weight[d] as number) * (all - (weight[d] as number)) * scaled;

  for (const v of order) {
    const own = refined[v] as number;
    const community = membership[v] as number;
    const all = total[community] as number;
    if (merged[own] === 1 || !wellConnected(own, all)) continue;
    const kv = nodeWeight[v] as number;
    let found = 0;
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) {
      const u = targets[s] as number;
      if (membership[u] !== community) continue;
      const d = refined[u] as number;
      if (seen[d] === 0) {
        seen[d] = 1;
        touched[found++] = d;
      }
      toRefined[d] = (toRefined[d] as number) + (weights[s] as number);
    }
    // Eligible: well connected with a non-negative gain; gains are shifted by the best so exp never overflows.
    let bestGain = 0;
    let eligible = 0;
    for (let i = 0; i < found; i++) {
      const d = touched[i] as number;
      const gain = (toRefined[d] as number) - kv * (weight[d] as number) * scaled;
      toRefined[d] = 0;
      seen[d] = 0;
      if (gain < 0 || !wellConnected(d, all)) continue;
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
  const count = renumber(refined);
  return { refined, count };
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
