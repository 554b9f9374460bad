/**
 * Solving one biconnected block: brute force when small; otherwise local search, a cycle-packing
 * certificate, and branch and bound only when the certificate falls short (Aref, Mason & Wilson 2020
 * use the same order: heuristic upper bound, then bounds, then exact search).
 */

import type { Graph } from '../graph.ts';
import type { Rng } from '../rng.ts';
import { branchAndBound } from './branch-and-bound.ts';
import { bruteForce } from './brute-force.ts';
import { cyclePacking } from './cycle-packing.ts';
import { localSearch } from './local-search.ts';
import { frustrationFlags, optimaPool, walkPlateau } from './optima.ts';
import { type Camps, signedProblem } from './signed-problem.ts';

/** Effort settings a block needs (see `FrustrationOptions`). */
export interface BlockSettings {
  bruteForceMaxNodes: number;
  branchAndBoundMaxNodes: number;
  starts: number;
  kicksPerNode: number;
  maxKicks: number;
  maxOptima: number;
  packingAttempts: number;
  rng: Rng;
}

/** One block's answer, in local node order. */
export interface BlockSolution {
  /** Global node index of each local node. */
  nodes: Int32Array;
  camps: Camps;
  frustration: number;
  lowerBound: number;
  method: 'bruteForce' | 'certifiedByCycles' | 'branchAndBound' | 'unresolved';
  /** Unresolved because the block has more nodes than branch and bound is run on (not for the budget). */
  tooLarge: boolean;
  /** Ties (global ids) frustrated in at least one optimum found. */
  ties: { edge: number; everyOptimum: boolean }[];
  expansions: number;
}

/**
 * Solves the block made of `edgeIds`, spending at most `budget` branch-and-bound expansions;
 * `scratch` is `signedProblem`'s renumbering array.
 */
export function solveBlock(
  view: Graph,
  edgeIds: Int32Array,
  settings: BlockSettings,
  budget: number,
  scratch: Int32Array,
): BlockSolution {
  const problem = signedProblem(view, edgeIds, scratch);
  const tiesFrom = (inAll: Uint8Array, inSome: Uint8Array) => {
    const ties: BlockSolution['ties'] = [];
    for (let e = 0; e < inSome.length; e++) {
      if (inSome[e]) ties.push({ edge: problem.edges[e] as number, everyOptimum: inAll[e] === 1 });
    }
    return ties;
  };
  if (problem.n <= settings.bruteForceMaxNodes) {
    const all = bruteForce(problem);
    return {
      nodes: problem.nodes,
      camps: all.camps,
      frustration: all.frustration,
      lowerBound: all.frustration,
      method: 'bruteForce',
      tooLarge: false,
      ties: tiesFrom(all.inAll, all.inSome),
      expansions: 0,
    };
  }
  const pool = optimaPool(settings.maxOptima);
  // Cheap first: two tree starts usually land on the optimum of a near-balanced centre, and one
  // packing pass proves it; the kicks and more packing passes run only when that falls short.
  let { camps, frustration: upper } = localSearch(
    problem,
    { starts: 2, kicks: 0, rng: settings.rng },
    pool.offer,
  );
  let lower = upper === 0 ? 0 : cyclePacking(problem, camps, { attempts: 1, rng: settings.rng });
  if (lower < upper) {
    const kicks = Math.min(settings.maxKicks, settings.kicksPerNode * problem.n);
    const better = localSearch(problem, { starts: settings.starts, kicks, rng: settings.rng }, pool.offer);
    if (better.frustration < upper) ({ camps, frustration: upper } = better);
    lower = Math.max(
      lower,
      cyclePacking(problem, camps, { attempts: settings.packingAttempts, rng: settings.rng }),
    );
  }
  let method: BlockSolution['method'] = 'certifiedByCycles';
  let expansions = 0;
  const tooLarge = lower < upper && problem.n > settings.branchAndBoundMaxNodes;
  if (tooLarge) method = 'unresolved';
  else if (lower < upper) {
    const search = branchAndBound(problem, {
      incumbent: camps,
      upperBound: upper,
      budget: Math.max(0, budget),
      rng: settings.rng,
      observe: pool.offer,
    });
    expansions = search.expansions;
    camps = search.camps;
    upper = search.frustration;
    lower = Math.max(lower, search.lowerBound);
    method = search.exact ? 'branchAndBound' : 'unresolved';
  }
  walkPlateau(problem, pool, settings.maxOptima);
  const { inAll, inSome } = frustrationFlags(problem, pool.splits());
  return {
    nodes: problem.nodes,
    camps,
    frustration: upper,
    lowerBound: lower,
    method,
    tooLarge,
    ties: tiesFrom(inAll, inSome),
    expansions,
  };
}
