/**
 * Louvain community detection.
 *
 * Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of communities
 * in large networks. Journal of Statistical Mechanics P10008; directed gains after Dugué, N. & Perez, A.
 * (2015), Directed Louvain. Follows `networkx.community.louvain_communities` step for step: nodes visited
 * in one shuffled order per level, a move only for a strictly positive gain, levels aggregated until
 * modularity rises by no more than `threshold`. Needs non-negative weights (run on the positive layer).
 */

import type { Graph } from './graph.ts';
import { modularity } from './modularity.ts';
import { createRng, type Rng, shuffle } from './rng.ts';

/** Options for `louvain`. */
export interface LouvainOptions {
  resolution: number;
  threshold: number;
  /** Use tie weights (NetworkX's default `weight='weight'`). */
  weighted: boolean;
  /** Source of the visiting order; store the seed that made it. */
  rng: Rng;
}

/** NetworkX's defaults, with a fixed seed so that an unseeded call is still reproducible. */
export const LOUVAIN_DEFAULTS: Omit<LouvainOptions, 'rng'> = {
  resolution: 1,
  threshold: 1e-7,
  weighted: true,
};

/** A partition into communities. */
export interface LouvainResult {
  /** Community of every node, numbered in order of each community's lowest node index. */
  membership: Int32Array;
  count: number;
  /** Modularity of `membership` with the chosen resolution; null without ties. */
  modularity: number | null;
  levels: number;
}

/** One level's graph: nodes are the previous level's communities; ties inside one live only in its degrees. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  outDegree: Float64Array;
  inDegree: Float64Array;
}

/** Communities of `graph` by Louvain. */
export function louvain(graph: Graph, options: Partial<LouvainOptions> = {}): LouvainResult {
  const { resolution, threshold, weighted } = { ...LOUVAIN_DEFAULTS, ...options };
  const rng = options.rng ?? createRng(0);
  const n = graph.order;
  let membership = Int32Array.from({ length: n }, (_, i) => i);
  const weightOptions = { resolution, weighted };
  const m = totalWeight(graph, weighted);
  if (m === 0) return finish(graph, membership, weightOptions, 0);
  let level = firstLevel(graph, weighted);
  let quality = modularity(graph, membership, weightOptions) as number;
  let levels = 0;
  for (;;) {
    const { community, moved } = oneLevel(level, m, resolution, graph.directed, rng);
    if (levels > 0 && !moved) break;
    membership = membership.map((c) => community[c] as number);
    levels++;
    const next = modularity(graph, membership, weightOptions) as number;
    if (next - quality <= threshold) break;
    quality = next;
    level = aggregate(level, community);
  }
  return finish(graph, membership, weightOptions, levels);
}

function totalWeight(graph: Graph, weighted: boolean): number {
  let m = 0;
  for (let e = 0; e < graph.size; e++) m += weighted ? (graph.edgeWeight[e] as number) : 1;
  return m;
}

function finish(
  graph: Graph,
  membership: Int32Array,
  options: { resolution: number; weighted: boolean },
  levels: number,
): LouvainResult {
  const renumber = new Map<number, number>();
  const dense = membership.map((c) => {
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    return renumber.get(c) as number;
  });
  return { membership: dense, count: renumber.size, modularity: modularity(graph, dense, options), levels };
}

// Rows hold symmetrised ties: a directed node's neighbour weights add both directions (NetworkX's
// `nbrs`), while in/out degrees keep the direction for the Leicht–Newman null model. Undirected levels
// keep the undirected degree (a self-loop counting twice) in both degree arrays.
function firstLevel(graph: Graph, weighted: boolean): Level {
  const n = graph.order;
  const outDegree = new Float64Array(n);
  const inDegree = new Float64Array(n);
  const merged = new Map<number, number>();
  for (let e = 0; e < graph.size; e++) {
    const u = graph.edgeSource[e] as number;
    const v = graph.edgeTarget[e] as number;
    const w = weighted ? (graph.edgeWeight[e] as number) : 1;
    outDegree[u] = (outDegree[u] as number) + w;
    inDegree[v] = (inDegree[v] as number) + w;
    const key = u < v ? u * n + v : v * n + u;
    merged.set(key, (merged.get(key) ?? 0) + w);
  }
  if (!graph.directed) {
    for (let c = 0; c < n; c++) outDegree[c] = (outDegree[c] as number) + (inDegree[c] as number);
    inDegree.set(outDegree);
  }
  return levelFrom(n, merged, outDegree, inDegree);
}

function levelFrom(
  n: number,
  merged: Map<number, number>,
  outDegree: Float64Array,
  inDegree: Float64Array,
): Level {
  const offsets = new Int32Array(n + 1);
  for (const key of merged.keys()) {
    for (const end of [Math.floor(key / n), key % n]) offsets[end + 1] = (offsets[end + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  const cursor = offsets.slice(0, n);
  const place = (a: number, b: number, w: number) => {
    const slot = cursor[a] as number;
    cursor[a] = slot + 1;
    targets[slot] = b;
    weights[slot] = w;
  };
  for (const [key, w] of merged) {
    const u = Math.floor(key / n);
    const v = key % n;
    place(u, v, w);
    place(v, u, w);
  }
  return { n, offsets, targets, weights, outDegree, inDegree };
}

function oneLevel(level: Level, m: number, resolution: number, directed: boolean, rng: Rng) {
  const { n, offsets, targets, weights, outDegree, inDegree } = level;
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const totalOut = outDegree.slice();
  const totalIn = inDegree.slice();
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = shuffle(
    rng,
    Int32Array.from({ length: n }, (_, i) => i),
  );
  // Undirected: Stot·k/(2m²) with Stot = totalOut (= totalIn); directed: (k_out·Stot_in + k_in·Stot_out)/m².
  const expected = (c: number, u: number) =>
    directed
      ? ((outDegree[u] as number) * (totalIn[c] as number) +
          (inDegree[u] as number) * (totalOut[c] as number)) /
        (m * m)
      : ((totalOut[c] as number) * (outDegree[u] as number)) / (2 * m * m);
  let moved = false;
  let moves = 1;
  while (moves > 0) {
    moves = 0;
    for (const u of order) {
      const own = community[u] as number;
      let count = 0;
      for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
        const c = community[targets[k] as number] as number;
        if (toCommunity[c] === 0) touched[count++] = c;
        toCommunity[c] = (toCommunity[c] as number) + (weights[k] as number);
      }
      totalOut[own] = (totalOut[own] as number) - (outDegree[u] as number);
      totalIn[own] = (totalIn[own] as number) - (inDegree[u] as number);
      const removeCost = -(toCommunity[own] as number) / m + resolution * expected(own, u);
      let best = own;
      let bestGain = 0;
      for (let i = 0; i < count; i++) {
        const c = touched[i] as number;
        const gain = removeCost + (toCommunity[c] as number) / m - resolution * expected(c, u);
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      for (let i = 0; i < count; i++) toCommunity[touched[i] as number] = 0;
      totalOut[best] = (totalOut[best] as number) + (outDegree[u] as number);
      totalIn[best] = (totalIn[best] as number) + (inDegree[u] as number);
      if (best !== own) {
        community[u] = best;
        moves++;
        moved = true;
      }
    }
  }
  return { community: renumberDense(community), moved };
}

function renumberDense(community: Int32Array): Int32Array {
  const ids = new Int32Array(community.length).fill(-1);
  let next = 0;
  return community.map((c) => {
    if (ids[c] === -1) ids[c] = next++;
    return ids[c] as number;
  });
}

// A community's degrees are its members' degrees summed. Ties inside it would be its self-loop, which no
// move can change, so (unlike NetworkX's directed branch, which counts it) it never enters a gain.
function aggregate(level: Level, community: Int32Array): Level {
  let k = 0;
  for (const c of community) k = Math.max(k, c + 1);
  const outDegree = new Float64Array(k);
  const inDegree = new Float64Array(k);
  const merged = new Map<number, number>();
  for (let u = 0; u < level.n; u++) {
    const cu = community[u] as number;
    outDegree[cu] = (outDegree[cu] as number) + (level.outDegree[u] as number);
    inDegree[cu] = (inDegree[cu] as number) + (level.inDegree[u] as number);
    for (let s = level.offsets[u] as number; s < (level.offsets[u + 1] as number); s++) {
      const v = level.targets[s] as number;
      if (v < u) continue;
      const cv = community[v] as number;
      const w = level.weights[s] as number;
      if (cu === cv) continue;
      const key = cu < cv ? cu * k + cv : cv * k + cu;
      merged.set(key, (merged.get(key) ?? 0) + w);
    }
  }
  return levelFrom(k, merged, outDegree, inDegree);
}
