/**
 * The signed blockmodel: k positions whose inside ties are positive and whose ties between are negative,
 * as far as the network allows.
 *
 * Doreian, P. & Mrvar, A. (1996). A partitioning approach to structural balance. Social Networks 18(2),
 * 149–168; Doreian & Mrvar (2009). Partitioning signed social networks. Social Networks 31(1), 1–11.
 * Minimises P(C) = α·N + (1 − α)·P over partitions into at most k positions (N: negative tie weight
 * inside positions, P: positive tie weight between them). Graphs with at most `exhaustiveMaxNodes` nodes
 * with ties are solved exactly; larger ones by relocation and exchange moves from many starts, the first
 * the frustration index's two camps (so the result is never worse than that split), the others the best
 * partition so far with 40% of its nodes placed at random.
 */

import { invalidInput } from '../analysis-error.ts';
import { type FrustrationOptions, frustration } from '../frustration/frustration.ts';
import type { Graph } from '../graph.ts';
import { createRng, type Rng, randomInt, shuffle } from '../rng.ts';
import { type BetweenNode, betweenPositions } from './between-positions.ts';
import { type BlockCell, blockImage, type TieTally } from './block-image.ts';
import { blockProblem, canonicalLabels, criterion } from './blockmodel-problem.ts';
import { EXHAUSTIVE_MAX_NODES, exhaustiveBlocks } from './exhaustive.ts';
import { relocationSearch } from './relocation-search.ts';

export type { BetweenNode } from './between-positions.ts';
export type { BlockCell, TieTally } from './block-image.ts';

/**
 * Share of nodes a restart places at random. Tuned on 24 random signed graphs (45–100 nodes, k = 3 and 5):
 * with 100 restarts, 40–50% found partitions as good as 3,000 restarts of 5%; 5% stayed in one basin.
 */
const KICK_SHARE = 0.4;

/** The fewest and most positions a caller may ask for. */
export const BLOCKMODEL_POSITIONS = { min: 2, max: 6 } as const;

/** Options of `signedBlockmodel`. */
export interface BlockmodelOptions {
  /** Number of positions k (at most; a position may stay empty when fewer fit better). */
  k: number;
  /** Weight of negative ties inside positions; positive ties between positions weigh 1 − α. */
  alpha: number;
  /** Restarts of the local search after the frustration split, each from the best so far partly randomised. */
  restarts: number;
  /** Largest number of nodes with ties that is solved exactly. */
  exhaustiveMaxNodes: number;
  /** Effort limits of the frustration search that gives the first start. */
  frustration: Partial<Omit<FrustrationOptions, 'rng'>>;
  rng: Rng;
}

/** Defaults: α = 0.5 as Doreian & Mrvar and signnet; 100 restarts keep k = 3 on 500 firms near 100 ms. */
export const BLOCKMODEL_DEFAULTS: Omit<BlockmodelOptions, 'k' | 'rng'> = {
  alpha: 0.5,
  restarts: 100,
  exhaustiveMaxNodes: EXHAUSTIVE_MAX_NODES,
  frustration: {},
};

/** A signed blockmodel of a graph. */
export interface SignedBlockmodel {
  k: number;
  /** Whether ties were counted per arc, and the image holds every ordered pair of positions. */
  directed: boolean;
  alpha: number;
  /** Position (0-based) of each node, indexed like `graph.ids`; positions are numbered by their first node. */
  membership: number[];
  /** Node ids of each non-empty position. */
  positions: string[][];
  /** P(C), the weighted inconsistencies (optimal when `exact`). */
  criterion: number;
  /** Negative ties inside positions. */
  negativeWithin: TieTally;
  /** Positive ties between positions. */
  positiveBetween: TieTally;
  /** Every pair of positions (ordered when directed), with its ties and type. */
  image: BlockCell[];
  /** Who sits between positions: nodes with collaboration ties into other positions, most weight first. */
  between: BetweenNode[];
  /** Whether every partition was searched (or the graph's ties allow no doubt). */
  exact: boolean;
  method: 'exhaustive' | 'local-search';
  /** Starts of the local search, and how many of them reached the reported criterion. */
  starts: number;
  bestHits: number;
  /** Criterion of the frustration index's two camps, which the search started from. */
  frustrationSplit: number;
}

/** The signed blockmodel of `graph` into at most `options.k` positions. */
export function signedBlockmodel(
  graph: Graph,
  options: Partial<BlockmodelOptions> & { k: number },
): SignedBlockmodel {
  const settings: BlockmodelOptions = { ...BLOCKMODEL_DEFAULTS, rng: createRng(1), ...options };
  const { k, alpha, rng } = settings;
  check(k, alpha);
  const problem = blockProblem(graph, alpha);
  const n = graph.order;
  const active = Int32Array.from({ length: n }, (_, v) => v).filter(
    (v) => (problem.offsets[v + 1] as number) > (problem.offsets[v] as number),
  );
  let total = 0;
  for (let s = 0; s < problem.partner.length; s++)
    total += (problem.positive[s] as number) + (problem.negative[s] as number);
  // A move must gain more than rounding on the graph's total weight to count.
  const epsilon = 1e-9 * Math.max(1, total);

  // The frustration split is a partition into at most two positions: the search starts there.
  const seed = Math.floor(rng() * 2 ** 32);
  const camps = frustration(graph, { ...settings.frustration, rng: createRng(seed) }).camps;
  const split = Int32Array.from(camps, (side) => (side > 0 ? 0 : 1));
  const frustrationSplit = criterion(problem, split);
  const exhaustive = active.length <= settings.exhaustiveMaxNodes;
  // Without ties there is nothing to search; a small graph needs only a bound for the exact search.
  const starts = active.length === 0 ? 0 : exhaustive ? Math.min(settings.restarts, 4) : settings.restarts;
  let best = relocationSearch(problem, active, k, split, epsilon);
  let bestHits = 1;
  const order = active.slice();
  const kick = Math.max(2, Math.ceil(active.length * KICK_SHARE));
  for (let start = 0; start < starts; start++) {
    // Iterated local search: restart from the best partition with a share of its nodes placed at random,
    // and walk on when the new optimum ties with it (plateaus are common where few ties decide).
    const label = best.label.slice();
    for (let i = 0; i < kick; i++) label[active[randomInt(rng, active.length)] as number] = randomInt(rng, k);
    // A shuffled sweep order keeps starts from following the same path.
    const found = relocationSearch(problem, shuffle(rng, order), k, label, epsilon);
    if (found.criterion < best.criterion - epsilon) bestHits = 0;
    if (found.criterion <= best.criterion + epsilon) {
      best = found;
      bestHits++;
    }
  }
  const value = exhaustive
    ? exhaustiveBlocks(problem, active, k, best.label, best.criterion, epsilon)
    : best.criterion;
  return describe(graph, settings, best.label, active, {
    exact: exhaustive || value <= epsilon,
    method: exhaustive ? 'exhaustive' : 'local-search',
    starts: starts + 1,
    // When the exact search beat every start, none of them reached the reported criterion.
    bestHits: value < best.criterion - epsilon ? 0 : bestHits,
    frustrationSplit,
  });
}

function check(k: number, alpha: number): void {
  const { min, max } = BLOCKMODEL_POSITIONS;
  if (!Number.isInteger(k) || k < min || k > max)
    throw invalidInput([{ code: 'invalid_positions', path: 'k', params: { min, max } }]);
  if (!(alpha >= 0 && alpha <= 1)) throw invalidInput([{ code: 'invalid_alpha', path: 'alpha', params: {} }]);
}

type SearchFacts = Pick<SignedBlockmodel, 'exact' | 'method' | 'starts' | 'bestHits' | 'frustrationSplit'>;

function describe(
  graph: Graph,
  settings: BlockmodelOptions,
  found: Int32Array,
  active: Int32Array,
  facts: SearchFacts,
): SignedBlockmodel {
  // Nodes without ties add nothing to P wherever they are: they join the first tied node's position.
  const label = found.slice();
  const home = active.length > 0 ? (label[active[0] as number] as number) : 0;
  const tied = new Uint8Array(graph.order);
  for (const v of active) tied[v] = 1;
  for (let v = 0; v < graph.order; v++) if (!tied[v]) label[v] = home;
  const membership = canonicalLabels(label);
  let count = 0;
  for (const position of membership) count = Math.max(count, position + 1);
  const positions: string[][] = Array.from({ length: count }, () => []);
  membership.forEach((position, v) => {
    positions[position]?.push(graph.ids[v] as string);
  });
  const image = blockImage(graph, membership, count, settings.alpha);
  const negativeWithin = { count: 0, weight: 0 };
  const positiveBetween = { count: 0, weight: 0 };
  for (const cell of image) {
    const tally = cell.from === cell.to ? cell.negative : cell.positive;
    const sum = cell.from === cell.to ? negativeWithin : positiveBetween;
    sum.count += tally.count;
    sum.weight += tally.weight;
  }
  return {
    k: settings.k,
    directed: graph.directed,
    alpha: settings.alpha,
    membership: Array.from(membership),
    positions,
    // Summed from the image, so the criterion and the blocks agree to the last bit.
    criterion: settings.alpha * negativeWithin.weight + (1 - settings.alpha) * positiveBetween.weight,
    negativeWithin,
    positiveBetween,
    image,
    between: betweenPositions(graph, membership),
    ...facts,
  };
}
