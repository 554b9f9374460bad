/**
 * A whole-network analysis in one call, the library entry point of `simpul network analyze`.
 *
 * Follows METHODS.md §1–2: degree, strength, density, reciprocity, components and balance describe the
 * full signed view; centralization (Freeman) the collaboration layer, by hops;
 * distance-based measures (betweenness, closeness, harmonic, constraint, effective size), spectral
 * measures (eigenvector, PageRank), cohesion (core, clustering) and communities (Louvain or Leiden) run
 * on the collaboration (positive) layer only. Betweenness, closeness and harmonic centrality share one path sweep.
 */

import { invalidInput } from './analysis-error.ts';
import {
  GRAPH_METRICS,
  type GraphSummary,
  type IterationSummary,
  type MetricName,
  type NetworkAnalysis,
  NODE_METRICS,
  type NodeScores,
} from './analysis-result.ts';
import { signedBalance } from './balance-summary.ts';
import { scaleBetweenness } from './betweenness.ts';
import { closenessFromSums } from './closeness.ts';
import { clustering } from './clustering.ts';
import { type CommunityMethod, type CommunitySettings, detectCommunities } from './communities.ts';
import { components } from './components.ts';
import { constraint } from './constraint.ts';
import { degree } from './degree.ts';
import { density } from './density.ts';
import { effectiveSize } from './effective-size.ts';
import { EIGENVECTOR_DEFAULTS, eigenvector, type IterativeResult } from './eigenvector.ts';
import type { FrustrationOptions } from './frustration/frustration.ts';
import type { Graph } from './graph.ts';
import { coreNumber } from './k-core.ts';
import { hasNegativeTies, positiveLayer, symmetrise, toDirected } from './layers.ts';
import { PAGERANK_DEFAULTS, pagerank } from './pagerank.ts';
import { centralization } from './path-centralization.ts';
import { type DistanceMode, type SweepSums, sweepSources } from './path-sweep.ts';
import { reciprocity } from './reciprocity.ts';
import { createRng } from './rng.ts';

/** Options for `analyzeNetwork`. */
export interface AnalyzeOptions {
  /** Metrics to compute (default: all); the others come back null. */
  metrics?: readonly MetricName[];
  /** Signed analysis (balance, conflict ties counted); default: whether any tie is negative.
   * When false, conflict ties are left out of everything. */
  signed?: boolean;
  /** Analyse as directed or undirected; default: as the graph was built (a directed graph is symmetrised
   * when false, an undirected one doubled into arcs when true). */
  directed?: boolean;
  /** Seed for community detection and the frustration search; default 1. */
  seed?: number;
  /** Community detection method; default Louvain. */
  communities?: CommunityMethod;
  /** Resolution γ of community detection (modularity's); default 1. */
  resolution?: number;
  /** Tie lengths for path measures; default hops. */
  distance?: DistanceMode;
  /** Effort limits of the frustration search. */
  frustration?: Partial<Omit<FrustrationOptions, 'rng'>>;
}

const ALL_METRICS: readonly MetricName[] = [...NODE_METRICS, ...GRAPH_METRICS];

/** Analyses `graph`; see `NetworkAnalysis` for the result. */
export function analyzeNetwork(graph: Graph, options: AnalyzeOptions = {}): NetworkAnalysis {
  const wanted = new Set(options.metrics ?? ALL_METRICS);
  for (const name of wanted) {
    if (!ALL_METRICS.includes(name)) {
      throw invalidInput([
        { code: 'unknown_metric', path: 'metrics', params: { name, all: ALL_METRICS.join(', ') } },
      ]);
    }
  }
  const oriented = orient(graph, options.directed);
  const signed = options.signed ?? hasNegativeTies(oriented);
  const collaboration = hasNegativeTies(oriented) ? positiveLayer(oriented) : oriented;
  const view = signed ? oriented : collaboration;
  const seed = options.seed ?? 1;
  const n = view.order;
  const want = (name: MetricName) => wanted.has(name);

  const columns: Partial<Record<(typeof NODE_METRICS)[number], ArrayLike<number | null>>> = {};
  if (want('degree') || want('strength') || want('positiveStrength') || want('negativeStrength')) {
    const degrees = degree(view);
    if (want('degree')) columns.degree = degrees.degree;
    if (want('strength')) columns.strength = degrees.strength;
    if (want('positiveStrength')) columns.positiveStrength = degrees.signedStrength.map((s) => s.positive);
    if (want('negativeStrength')) columns.negativeStrength = degrees.signedStrength.map((s) => s.negative);
  }
  const distance = options.distance ?? 'hops';
  const paths = pathColumns(collaboration, distance, want);
  Object.assign(columns, paths);
  const convergence: NetworkAnalysis['convergence'] = { eigenvector: null, pagerank: null };
  if (want('eigenvector')) {
    const result = eigenvector(collaboration);
    columns.eigenvector = result.converged ? result.scores : new Array(n).fill(null);
    convergence.eigenvector = iterationSummary(result, EIGENVECTOR_DEFAULTS);
  }
  if (want('pagerank')) {
    const result = pagerank(collaboration);
    columns.pagerank = result.converged ? result.scores : new Array(n).fill(null);
    convergence.pagerank = iterationSummary(result, PAGERANK_DEFAULTS);
  }
  if (want('core')) columns.core = coreNumber(collaboration);
  if (want('clustering')) columns.clustering = clustering(collaboration);
  if (want('constraint')) columns.constraint = constraint(collaboration);
  if (want('effectiveSize')) columns.effectiveSize = effectiveSize(collaboration);
  const settings: CommunitySettings = {
    method: options.communities ?? 'louvain',
    resolution: options.resolution ?? 1,
    seed,
  };
  const communities =
    want('community') || want('modularity') || want('communities')
      ? detectCommunities(collaboration, settings)
      : null;
  if (want('community') && communities) columns.community = communities.membership;

  const summary: GraphSummary = {
    nodes: n,
    edges: view.size,
    density: want('density') ? density(view) : null,
    components: want('components') ? componentsSummary(view) : null,
    modularity: want('modularity') && communities ? communities.modularity : null,
    communities: want('communities') && communities ? communities.count : null,
    communityMethod: communities ? settings : null,
    balance:
      signed && want('balance')
        ? signedBalance(view, { ...options.frustration, rng: createRng(seed) })
        : null,
    reciprocity: want('reciprocity') ? reciprocity(view) : null,
    // Always by hops on the collaboration layer (Freeman's maxima assume unit lengths).
    centralization: want('centralization')
      ? centralization(collaboration, distance === 'hops' ? hopScores(paths) : {})
      : null,
  };
  const nodes: NodeScores[] = view.ids.map((id, i) => {
    const row: NodeScores = {
      id,
      degree: null,
      betweenness: null,
      closeness: null,
      harmonic: null,
      eigenvector: null,
      pagerank: null,
      core: null,
      clustering: null,
      community: null,
      constraint: null,
      effectiveSize: null,
      strength: null,
      positiveStrength: null,
      negativeStrength: null,
    };
    for (const name of NODE_METRICS) {
      const value = columns[name]?.[i];
      row[name] = value === undefined || value === null || Number.isNaN(value) ? null : value;
    }
    return row;
  });
  return { graph: summary, nodes, convergence };
}

function orient(graph: Graph, directed: boolean | undefined): Graph {
  if (directed === undefined || directed === graph.directed) return graph;
  return directed ? toDirected(graph) : symmetrise(graph);
}

// One sweep feeds all three path measures.
function pathColumns(graph: Graph, distance: DistanceMode, want: (name: MetricName) => boolean) {
  const n = graph.order;
  const sums: SweepSums = {};
  if (want('betweenness')) sums.betweenness = new Float64Array(n);
  if (want('closeness')) {
    sums.distanceSum = new Float64Array(n);
    sums.reached = new Float64Array(n);
  }
  if (want('harmonic')) sums.harmonic = new Float64Array(n);
  if (Object.keys(sums).length === 0) return {};
  sweepSources(graph, distance, 0, n, sums);
  return {
    betweenness: sums.betweenness && scaleBetweenness(sums.betweenness, graph, true),
    closeness: sums.distanceSum && sums.reached && closenessFromSums(sums.distanceSum, sums.reached),
    harmonic: sums.harmonic,
  };
}

// The hop-distance betweenness and closeness already swept, so centralization does not sweep again.
function hopScores(paths: ReturnType<typeof pathColumns>) {
  const scores: { betweenness?: Float64Array; closeness?: Float64Array } = {};
  if ('betweenness' in paths && paths.betweenness) scores.betweenness = paths.betweenness;
  if ('closeness' in paths && paths.closeness) scores.closeness = paths.closeness;
  return scores;
}

function componentsSummary(view: Graph) {
  const result = components(view);
  return {
    count: result.weak.count,
    largestShare: result.weak.largestShare,
    isolates: result.isolates,
    strong: result.strong ? { count: result.strong.count, largestShare: result.strong.largestShare } : null,
  };
}

function iterationSummary(
  result: IterativeResult,
  settings: { tolerance: number; maxIterations: number },
): IterationSummary {
  return {
    tolerance: settings.tolerance,
    maxIterations: settings.maxIterations,
    iterations: result.iterations,
    converged: result.converged,
  };
}
