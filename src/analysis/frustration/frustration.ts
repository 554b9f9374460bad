/**
 * The exact frustration index (line index of balance) with its optimal two-camp split.
 *
 * Harary, F. (1959). On the measurement of structural balance. Behavioral Science 4(4), 316–323;
 * Aref, S., Mason, A. J. & Wilson, M. C. (2020). Computing the line index of balance using integer
 * programming optimisation. Networks 75(2), 95–111 (decomposition, bounds). L = min over splits of the
 * ties whose sign disagrees with the camps; F = 1 − 2L/m. The symmetrised view is split into
 * biconnected blocks (L is additive over them); each block is solved by brute force when small, else
 * by local search whose result is certified by a cycle packing or, failing that, by branch and bound
 * under a step budget. When the budget runs out the result says so, with both bounds.
 */

import type { AnalysisNote } from '../analysis-error.ts';
import type { Graph } from '../graph.ts';
import { symmetrise } from '../layers.ts';
import { createRng, type Rng } from '../rng.ts';
import { biconnectedBlocks } from './blocks.ts';
import { type BlockSolution, solveBlock } from './solve-block.ts';

/** Effort and reporting options. */
export interface FrustrationOptions {
  /** Blocks with at most this many nodes are enumerated completely. */
  bruteForceMaxNodes: number;
  /** Branch-and-bound node expansions shared by all blocks. */
  budget: number;
  /**
   * Blocks with more nodes than this whose bounds still differ after local search and the cycle packing
   * get both bounds at once, without branch and bound: it does not close a gap on blocks of hundreds of
   * nodes within any budget that fits an analysis (docs/ANALYSIS.md, "What stays exact").
   */
  branchAndBoundMaxNodes: number;
  /** Local-search starts per block. */
  starts: number;
  /** Kick rounds per start, per node of the block (capped at `maxKicks`). */
  kicksPerNode: number;
  maxKicks: number;
  /** Distinct optima kept per block to tell "all" from "some". */
  maxOptima: number;
  /** Cycle-packing passes when the first (shortest cycles first) leaves the bounds apart. */
  packingAttempts: number;
  rng: Rng;
}

/** Defaults sized so that a 500-firm centre stays exact in a few milliseconds. */
export const FRUSTRATION_DEFAULTS: Omit<FrustrationOptions, 'rng'> = {
  bruteForceMaxNodes: 20,
  budget: 5_000_000,
  branchAndBoundMaxNodes: 150,
  starts: 6,
  kicksPerNode: 4,
  maxKicks: 2_000,
  maxOptima: 32,
  packingAttempts: 32,
};

/** A tie frustrated in at least one optimum found. */
export interface FrustratedTie {
  source: string;
  target: string;
  sign: 1 | -1;
  /** Frustrated in every optimum found (unavoidable), or only in some (one choice among several). */
  frustratedIn: 'all' | 'some';
  /** Frustrated under the reported camps. */
  inCamps: boolean;
}

/** How the blocks were settled. */
export interface BlockCounts {
  total: number;
  bruteForce: number;
  certifiedByCycles: number;
  branchAndBound: number;
  unresolved: number;
}

/** The frustration of a signed graph. */
export interface FrustrationResult {
  /** L: the best split's frustrated ties (optimal when `exact`). */
  index: number;
  /** F = 1 − 2L/m; null without ties. */
  normalized: number | null;
  exact: boolean;
  lowerBound: number;
  upperBound: number;
  /** Camp (+1 or −1) of every node, indexed like `graph.ids`; each component's larger side is +1. */
  camps: Int8Array;
  frustratedTies: FrustratedTie[];
  blocks: BlockCounts;
  expansions: number;
  /** Why the result is not exact, as a code with the bounds (adapters word it); null when exact. */
  note: AnalysisNote | null;
}

/** Frustration index of the symmetrised view of `graph`. */
export function frustration(graph: Graph, options: Partial<FrustrationOptions> = {}): FrustrationResult {
  const settings: FrustrationOptions = { ...FRUSTRATION_DEFAULTS, rng: createRng(0), ...options };
  const view = symmetrise(graph);
  const blocks = biconnectedBlocks(view);
  const counts: BlockCounts = {
    total: blocks.length,
    bruteForce: 0,
    certifiedByCycles: 0,
    branchAndBound: 0,
    unresolved: 0,
  };
  const camps = new Int8Array(view.order);
  const ties: FrustratedTie[] = [];
  let lowerBound = 0;
  let upperBound = 0;
  let expansions = 0;
  let budgetSpent = false;
  const scratch = new Int32Array(view.order).fill(-1);
  // Reverse discovery order: each block meets the blocks before it in at most one (cut) node.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const solution: BlockSolution = solveBlock(
      view,
      blocks[i] as Int32Array,
      settings,
      settings.budget - expansions,
      scratch,
    );
    expansions += solution.expansions;
    counts[solution.method]++;
    if (solution.method === 'unresolved' && !solution.tooLarge) budgetSpent = true;
    lowerBound += solution.lowerBound;
    upperBound += solution.frustration;
    place(camps, solution);
    for (const tie of solution.ties) ties.push(tieOf(view, tie, camps));
  }
  for (let v = 0; v < view.order; v++) if (camps[v] === 0) camps[v] = 1;
  orientComponents(view, camps);
  for (const tie of ties) tie.inCamps = isFrustratedUnder(view, camps, tie);
  const exact = counts.unresolved === 0;
  const m = view.size;
  return {
    index: upperBound,
    normalized: m === 0 ? null : 1 - (2 * upperBound) / m,
    exact,
    lowerBound,
    upperBound,
    camps,
    frustratedTies: ties,
    blocks: counts,
    expansions,
    note: exact ? null : inexactNote(lowerBound, upperBound, settings, budgetSpent),
  };
}

// Why the index is not proven: the budget ran out, or only blocks over the size limit were left open.
function inexactNote(
  lower: number,
  upper: number,
  settings: FrustrationOptions,
  budgetSpent: boolean,
): AnalysisNote {
  return budgetSpent
    ? { code: 'frustration_budget_exhausted', params: { lower, upper } }
    : {
        code: 'frustration_block_too_large',
        params: { lower, upper, limit: settings.branchAndBoundMaxNodes },
      };
}

// A block's split may be mirrored freely: align it with the one node it shares with placed blocks.
function place(camps: Int8Array, solution: BlockSolution): void {
  const { nodes, camps: local } = solution;
  let flip = 1;
  for (let i = 0; i < nodes.length; i++) {
    const existing = camps[nodes[i] as number] as number;
    if (existing !== 0) {
      flip = existing * (local[i] as number);
      break;
    }
  }
  for (let i = 0; i < nodes.length; i++) camps[nodes[i] as number] = flip * (local[i] as number);
}

function tieOf(view: Graph, tie: { edge: number; everyOptimum: boolean }, camps: Int8Array): FrustratedTie {
  const e = tie.edge;
  const result: FrustratedTie = {
    source: view.ids[view.edgeSource[e] as number] as string,
    target: view.ids[view.edgeTarget[e] as number] as string,
    sign: (view.edgeSign[e] as number) > 0 ? 1 : -1,
    frustratedIn: tie.everyOptimum ? 'all' : 'some',
    inCamps: false,
  };
  result.inCamps = isFrustratedUnder(view, camps, result);
  return result;
}

function isFrustratedUnder(view: Graph, camps: Int8Array, tie: FrustratedTie): boolean {
  const u = view.index.get(tie.source) as number;
  const v = view.index.get(tie.target) as number;
  return tie.sign !== (camps[u] as number) * (camps[v] as number);
}

// Camps of different components are independent; show each component with its larger side as +1
// (on a tie, the side of its lowest-index node) so that results read the same run after run.
function orientComponents(view: Graph, camps: Int8Array): void {
  const n = view.order;
  const seen = new Uint8Array(n);
  const stack: number[] = [];
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    const members: number[] = [];
    seen[root] = 1;
    stack.push(root);
    let balance = 0;
    while (stack.length > 0) {
      const v = stack.pop() as number;
      members.push(v);
      balance += camps[v] as number;
      for (let k = view.out.offsets[v] as number; k < (view.out.offsets[v + 1] as number); k++) {
        const w = view.out.targets[k] as number;
        if (!seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    if (balance < 0 || (balance === 0 && camps[root] === -1))
      for (const v of members) camps[v] = -(camps[v] as number);
  }
}
