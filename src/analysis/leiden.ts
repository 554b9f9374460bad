/**
 * Leiden community detection, modularity objective.
 *
 * Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden: guaranteeing well-connected
 * communities. Scientific Reports 9, 5233. One iteration: fast local moving (leiden-move.ts), refinement
 * (leiden-refine.ts), aggregation of the refined partition with the unrefined one as the aggregate's
 * starting partition (leiden-level.ts), repeated until every community is one aggregate node. Iterations
 * repeat, each starting from the last partition, until one changes nothing (igraph's
 * `n_iterations = -1`). Every community is connected. The graph is read as undirected (a directed
 * graph's arcs as undirected ties); needs non-negative weights (run on the positive layer).
 */

import { invalidInput } from './analysis-error.ts';
import type { Graph } from './graph.ts';
import { aggregate, connectedPieces, firstLevel, type Level, renumber } from './leiden-level.ts';
import { moveNodes } from './leiden-move.ts';
import { refine } from './leiden-refine.ts';
import { createWorkspace, type Workspace } from './leiden-workspace.ts';
import { resolutionProblem } from './modularity.ts';
import { createRng, type Rng } from './rng.ts';

/** Options for `leiden`. */
export interface LeidenOptions {
  /** γ in Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j); higher γ, more and smaller communities. */
  resolution: number;
  /** θ, the randomness of refinement merges (igraph's `beta`); 0 merges greedily. */
  randomness: number;
  /** Use tie weights. */
  weighted: boolean;
  /** Safety cap on iterations; the run stops earlier as soon as an iteration changes nothing. */
  maxIterations: number;
  /** Source of the visiting orders and refinement draws; store the seed that made it. */
  rng: Rng;
}

/** The paper's and igraph's defaults, with a fixed seed so that an unseeded call is still reproducible. */
export const LEIDEN_DEFAULTS: Omit<LeidenOptions, 'rng'> = {
  resolution: 1,
  randomness: 0.01,
  weighted: true,
  maxIterations: 1000,
};

/** A partition into connected communities. */
export interface LeidenResult {
  /** Community of every node, numbered in order of each community's lowest node index. */
  membership: Int32Array;
  count: number;
  /** Modularity (undirected reading) of `membership` with the chosen resolution; null without ties. */
  modularity: number | null;
  /** Iterations run, the last of which changed nothing. */
  iterations: number;
}

/** Communities of `graph` by Leiden, maximising modularity with resolution γ. */
export function leiden(graph: Graph, options: Partial<LeidenOptions> = {}): LeidenResult {
  const { resolution, randomness, weighted, maxIterations } = { ...LEIDEN_DEFAULTS, ...options };
  const problem = resolutionProblem(resolution);
  if (problem) throw invalidInput([problem]);
  // θ is a setting of the code, not of users: a bad one is a programming error.
  if (!(randomness >= 0)) throw new RangeError('leiden: randomness must be a non-negative number');
  const rng = options.rng ?? createRng(0);
  const base = firstLevel(graph, weighted);
  const membership = Int32Array.from({ length: base.n }, (_, i) => i);
  if (base.totalWeight === 0) return { membership, count: base.n, modularity: null, iterations: 0 };
  const scaled = resolution / base.totalWeight;
  const work = createWorkspace(base.n);
  let iterations = 0;
  let changed = true;
  while (changed && iterations < maxIterations) {
    const next = iterate(base, membership, scaled, randomness, rng, work);
    renumber(next);
    changed = false;
    for (let v = 0; v < base.n && !changed; v++) changed = next[v] !== membership[v];
    membership.set(next);
    iterations++;
  }
  const count = renumber(membership);
  return { membership, count, modularity: quality(base, membership, count, resolution), iterations };
}

// One Leiden iteration from `start`: levels until every community is a single aggregate node.
function iterate(
  base: Level,
  start: Int32Array,
  scaled: number,
  theta: number,
  rng: Rng,
  work: Workspace,
): Int32Array {
  let level = base;
  let membership = start.slice();
  // Aggregate node of every original node.
  const node = new Int32Array(base.n);
  for (let i = 0; i < base.n; i++) node[i] = i;
  for (;;) {
    const k = moveNodes(level, membership, scaled, rng, work);
    if (k === level.n) break;
    let count = refine(level, membership, k, scaled, theta, rng, work);
    const refined = work.refined.subarray(0, level.n);
    // Refinement merged nothing: aggregate the communities' connected pieces, so that the level shrinks.
    if (count === level.n) count = connectedPieces(level, membership, refined);
    const start = new Int32Array(count);
    for (let v = 0; v < level.n; v++) start[refined[v] as number] = membership[v] as number;
    for (let i = 0; i < base.n; i++) node[i] = refined[node[i] as number] as number;
    level = aggregate(level, refined, count, work);
    membership = start;
  }
  for (let i = 0; i < base.n; i++) node[i] = membership[node[i] as number] as number;
  return node;
}

// Q = Σ_c [in_c / 2m − γ (K_c / 2m)²], in_c counting each inside tie from both ends.
function quality(level: Level, membership: Int32Array, count: number, resolution: number): number {
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  for (let v = 0; v < level.n; v++) {
    const c = membership[v] as number;
    degree[c] = (degree[c] as number) + (level.nodeWeight[v] as number);
    for (let s = level.offsets[v] as number; s < (level.offsets[v + 1] as number); s++) {
      if (membership[level.targets[s] as number] === c)
        inside[c] = (inside[c] as number) + (level.weights[s] as number);
    }
  }
  const twoM = level.totalWeight;
  let q = 0;
  for (let c = 0; c < count; c++) {
    const share = (degree[c] as number) / twoM;
    q += (inside[c] as number) / twoM - resolution * share * share;
  }
  return q;
}
