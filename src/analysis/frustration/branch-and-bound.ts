/**
 * Exact frustration of a block by depth-first branch and bound.
 *
 * Land, A. H. & Doig, A. G. (1960). An automatic method of solving discrete programming problems.
 * Econometrica 28(3), 497–520. Nodes are fixed in maximum-connectivity order from the highest-degree
 * node (which stays in camp +1). The bound at a search node adds three parts on disjoint tie sets:
 * ties already frustrated among fixed nodes; for each free node, the fewer of the ties to fixed nodes
 * that either camp would frustrate (the classic max-cut look-ahead, Barahona et al. 1988); and an
 * edge-disjoint unbalanced-cycle packing inside the free nodes. A step budget (node expansions, no
 * clock) ends the search early with a proven lower bound.
 */

import type { Rng } from '../rng.ts';
import { cyclePacking } from './cycle-packing.ts';
import type { Camps, SignedProblem } from './signed-problem.ts';

/** Options for `branchAndBound`. */
export interface BranchAndBoundOptions {
  /** Incumbent split and its frustration (from local search). */
  incumbent: Camps;
  upperBound: number;
  /** Node expansions allowed. */
  budget: number;
  rng: Rng;
  /** Called with each split that matches or beats the incumbent at a leaf. */
  observe: (camps: Camps, frustration: number) => void;
}

/** Outcome: `exact` when the tree was exhausted within the budget. */
export interface BranchAndBoundResult {
  camps: Camps;
  frustration: number;
  lowerBound: number;
  exact: boolean;
  expansions: number;
}

/** Searches for a split with fewer frustrated ties than the incumbent, proving optimality if none. */
export function branchAndBound(problem: SignedProblem, options: BranchAndBoundOptions): BranchAndBoundResult {
  const { n, offsets, neighbor, slotSign } = problem;
  const order = connectivityOrder(problem);
  const suffixBound = suffixBounds(problem, order, options);
  const camps = new Int8Array(n);
  const costPlus = new Int32Array(n);
  const costMinus = new Int32Array(n);
  let fixedCost = 0;
  let lookahead = 0;
  let best = options.upperBound;
  let bestCamps = options.incumbent.slice();
  let expansions = 0;

  const assign = (u: number, s: number) => {
    fixedCost += s > 0 ? (costPlus[u] as number) : (costMinus[u] as number);
    lookahead -= Math.min(costPlus[u] as number, costMinus[u] as number);
    camps[u] = s;
    for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
      const v = neighbor[k] as number;
      if (camps[v] !== 0) continue;
      const before = Math.min(costPlus[v] as number, costMinus[v] as number);
      // v in camp t frustrates the tie when σ·s·t = −1.
      if ((slotSign[k] as number) * s < 0) costPlus[v] = (costPlus[v] as number) + 1;
      else costMinus[v] = (costMinus[v] as number) + 1;
      lookahead += Math.min(costPlus[v] as number, costMinus[v] as number) - before;
    }
  };
  const unassign = (u: number) => {
    const s = camps[u] as number;
    camps[u] = 0;
    for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
      const v = neighbor[k] as number;
      if (camps[v] !== 0) continue;
      const before = Math.min(costPlus[v] as number, costMinus[v] as number);
      if ((slotSign[k] as number) * s < 0) costPlus[v] = (costPlus[v] as number) - 1;
      else costMinus[v] = (costMinus[v] as number) - 1;
      lookahead += Math.min(costPlus[v] as number, costMinus[v] as number) - before;
    }
    lookahead += Math.min(costPlus[u] as number, costMinus[u] as number);
    fixedCost -= s > 0 ? (costPlus[u] as number) : (costMinus[u] as number);
  };

  // Iterative depth-first search; tried[d] counts the camps tried for order[d], first[d] is the first.
  const tried = new Int8Array(n + 1);
  const first = new Int8Array(n + 1);
  const entryBound = new Float64Array(n + 1);
  assign(order[0] as number, 1);
  let depth = 1;
  let exhausted = true;
  while (depth >= 1) {
    if (depth === n) {
      if (fixedCost <= best) {
        if (fixedCost < best) {
          best = fixedCost;
          bestCamps = camps.slice();
        }
        options.observe(camps, fixedCost);
      }
      depth--;
      unassign(order[depth] as number);
      continue;
    }
    const u = order[depth] as number;
    if (tried[depth] === 0) {
      entryBound[depth] = fixedCost + lookahead + (suffixBound[depth] as number);
      if ((entryBound[depth] as number) >= best) {
        depth = backtrack(depth);
        continue;
      }
      first[depth] = (costPlus[u] as number) <= (costMinus[u] as number) ? 1 : -1;
    }
    if ((tried[depth] as number) < 2 && (entryBound[depth] as number) < best) {
      if (expansions >= options.budget) {
        exhausted = false;
        break;
      }
      const s = tried[depth] === 0 ? (first[depth] as number) : -(first[depth] as number);
      tried[depth] = (tried[depth] as number) + 1;
      assign(u, s);
      expansions++;
      depth++;
      tried[depth] = 0;
      continue;
    }
    depth = backtrack(depth);
  }

  function backtrack(d: number): number {
    tried[d] = 0;
    const up = d - 1;
    if (up >= 1) unassign(order[up] as number);
    return up;
  }

  let lowerBound = best;
  if (!exhausted) {
    // Unexplored work hangs off the current path: each open depth's entry bound covers its subtree.
    for (let d = 1; d <= depth; d++) {
      if ((tried[d] as number) < 2) lowerBound = Math.min(lowerBound, Math.ceil(entryBound[d] as number));
    }
  }
  return { camps: bestCamps, frustration: best, lowerBound, exact: exhausted, expansions };
}

/** Highest degree first, then always the free node with most fixed neighbours (ties: degree, index). */
function connectivityOrder(problem: SignedProblem): Int32Array {
  const { n, offsets, neighbor } = problem;
  const degree = (v: number) => (offsets[v + 1] as number) - (offsets[v] as number);
  const placed = new Uint8Array(n);
  const links = new Int32Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let pick = -1;
    for (let v = 0; v < n; v++) {
      if (placed[v]) continue;
      if (
        pick < 0 ||
        (links[v] as number) > (links[pick] as number) ||
        (links[v] === links[pick] && degree(v) > degree(pick))
      ) {
        pick = v;
      }
    }
    order[i] = pick;
    placed[pick] = 1;
    for (let k = offsets[pick] as number; k < (offsets[pick + 1] as number); k++) {
      const w = neighbor[k] as number;
      links[w] = (links[w] as number) + 1;
    }
  }
  return order;
}

// suffix[d] bounds the ties among order[d…]; computed at a few depths and carried down, since a
// packing inside a node set stays valid inside any superset.
function suffixBounds(problem: SignedProblem, order: Int32Array, options: BranchAndBoundOptions): Int32Array {
  const n = problem.n;
  const bounds = new Int32Array(n + 1);
  const allowed = new Uint8Array(n);
  const step = Math.max(1, Math.floor(n / 48));
  let carried = 0;
  for (let d = n - 1; d >= 1; d--) {
    allowed[order[d] as number] = 1;
    if ((n - d) % step === 0 || d === 1) {
      carried = Math.max(
        carried,
        cyclePacking(problem, options.incumbent, { attempts: 2, rng: options.rng, allowed }),
      );
    }
    bounds[d] = carried;
  }
  return bounds;
}
