/**
 * The analysis of one centre's network (issue 3, deliverable 3): indicators, pattern label, per-node
 * measures, the two camps with the ties that break them, and the main brokers. Pure: the caller loads the
 * network and the institution memberships; the result carries only ids, never names.
 */

import {
  type AnalysisNote,
  analyzeNetwork,
  brokerage,
  EIGENVECTOR_DEFAULTS,
  FRUSTRATION_DEFAULTS,
  type Graph,
  type NetworkAnalysis,
  PAGERANK_DEFAULTS,
  pnCentrality,
  positiveLayer,
} from '../../analysis/index.ts';
import { noteText } from '../../shared/analysis-messages.ts';
import { centerGraph, tieSign } from '../load/center-graph.ts';
import type { NetworkStructure } from '../view/network.schema.ts';
import type { CenterAnalysis, NodeMeasures } from './analysis.schema.ts';
import { type NodeStructure, nodeStructure } from './center-structure.ts';
import { type Affiliation, centerFacts, TOP_GIVER_SHARE } from './indicators.ts';
import { interventionTargets } from './intervention-targets.ts';
import { centerPattern } from './pattern.ts';

/** Bumped whenever a change here changes results, so stored results of older versions count as stale. */
// 2: eigenvector centrality and PageRank iterate to Σ|Δx| < n·1e-13.
// 3: a member whose membership ends on the analysed date is in the network (the end day counts).
// 4: intervention targets one per pair, ranked, with their triangles and `frustratedIn`.
// 5: reciprocity and centralization indicators; node strength and orders given/received.
// 6: no branch and bound on frustration blocks of more than 150 nodes (bounds reported at once); hop
//    distances right where a bottom-up level follows a top-down one after a bottom-up one (hop-sweep.ts).
// 7: frustration's cycle packing takes the shortest cycle found from both ends of a tie (a different
//    one of equal length) and makes 32 passes, not 16, when the first falls short.
export const ANALYSIS_VERSION = 7;

/** Options of `analyzeCenter`. */
export interface AnalyzeCenterOptions {
  /** Institution memberships on the analysed date (institutional coverage and the institution-centred rule). */
  affiliations?: readonly Affiliation[];
  /** Seed of Louvain and the frustration search; default 1. */
  seed?: number;
  /** Node-expansion budget of the exact frustration search; default 5,000,000. */
  frustrationBudget?: number;
}

/** Everything of a `CenterAnalysis` but the time it was computed. */
export type CenterAnalysisResult = Omit<CenterAnalysis, 'computedAt'>;

const MAX_BROKERS = 10;

/** Analyses `network` (its structure, as `loadCenterNetworks` loads it with `structureOnly`) with `options`. */
export function analyzeCenter(
  network: NetworkStructure,
  options: AnalyzeCenterOptions = {},
): CenterAnalysisResult {
  const seed = options.seed ?? 1;
  const budget = options.frustrationBudget ?? FRUSTRATION_DEFAULTS.budget;
  const graph = centerGraph(network);
  const analysis = analyzeNetwork(graph, { seed, frustration: { budget } });
  const facts = centerFacts(network, graph, analysis, options.affiliations ?? []);
  const hasConflict = facts.indicators.conflictTies > 0;
  const nodes = nodeMeasures(network, graph, analysis, hasConflict);
  const balance = analysis.graph.balance;
  const signedIds = new Set(nodes.filter((n) => n.camp !== null).map((n) => n.id));
  const camps: CenterAnalysisResult['camps'] =
    hasConflict && balance
      ? [
          balance.camps[0].filter((id) => signedIds.has(id)),
          balance.camps[1].filter((id) => signedIds.has(id)),
        ]
      : null;
  return {
    centerId: network.centerId,
    at: network.at,
    parameters: {
      analysisVersion: ANALYSIS_VERSION,
      seed,
      view: 'undirected, parallel ties collapsed by count, conflict wins a tie',
      coopetition: 'excluded',
      distance: 'hops',
      louvainResolution: 1,
      brokerageGrouping: 'community',
      reciprocityView: 'directed collaboration ties as recorded, symmetric types both ways',
      centralization: 'Freeman, collaboration layer, hops; in/out-degree on the directed view',
      frustrationBudget: budget,
      frustrationBranchAndBoundMaxNodes: FRUSTRATION_DEFAULTS.branchAndBoundMaxNodes,
      frustrationPackingAttempts: FRUSTRATION_DEFAULTS.packingAttempts,
      topGiverShare: TOP_GIVER_SHARE,
      // Stopping rule of the iterative measures: Σ|Δx| < nodes × tolerance, at most this many steps.
      eigenvectorTolerance: EIGENVECTOR_DEFAULTS.tolerance,
      eigenvectorMaxIterations: EIGENVECTOR_DEFAULTS.maxIterations,
      pagerankTolerance: PAGERANK_DEFAULTS.tolerance,
      pagerankMaxIterations: PAGERANK_DEFAULTS.maxIterations,
    },
    indicators: facts.indicators,
    pattern: centerPattern(facts, network),
    nodes,
    camps,
    frustratedTies: hasConflict ? interventionTargets(network, graph, analysis) : [],
    brokers: topBrokers(network, nodes),
    note: hasConflict && balance?.frustration.note ? storedNote(balance.frustration.note) : null,
  };
}

/** A library note in both languages, as a sentence: stored results carry both. */
function storedNote(note: AnalysisNote): { id: string; en: string } {
  return { id: `${noteText(note, 'id')}.`, en: `${noteText(note, 'en')}.` };
}

function nodeMeasures(
  network: NetworkStructure,
  graph: Graph,
  analysis: NetworkAnalysis,
  hasConflict: boolean,
): NodeMeasures[] {
  const n = graph.order;
  const community = new Map<string, string>();
  for (const node of analysis.nodes) community.set(node.id, String(node.community ?? -1));
  const roles = n > 0 ? brokerage(positiveLayer(graph), { groups: community }) : [];
  const pn = n > 0 ? pnCentrality(graph).out : new Float64Array(0);
  const positive = new Int32Array(n);
  const negative = new Int32Array(n);
  for (let e = 0; e < graph.size; e++) {
    const counts = (graph.edgeSign[e] as number) > 0 ? positive : negative;
    counts[graph.edgeSource[e] as number]!++;
    counts[graph.edgeTarget[e] as number]!++;
  }
  const { inNeighbours, outNeighbours } = directedNeighbours(network);
  const structure = nodeStructure(network, graph);
  const balance = analysis.graph.balance;
  const campOf = new Map<string, number>();
  if (hasConflict && balance) {
    balance.camps.forEach((ids, c) => {
      for (const id of ids) campOf.set(id, c);
    });
  }
  return analysis.nodes.map((scores, i) => {
    const r = roles[i];
    const signedDegree = (positive[i] as number) + (negative[i] as number);
    return {
      id: scores.id,
      degree: scores.degree ?? 0,
      inDegree: inNeighbours.get(scores.id)?.size ?? 0,
      outDegree: outNeighbours.get(scores.id)?.size ?? 0,
      positiveDegree: positive[i] as number,
      negativeDegree: negative[i] as number,
      betweenness: scores.betweenness,
      closeness: scores.closeness,
      harmonic: scores.harmonic,
      eigenvector: scores.eigenvector,
      pagerank: scores.pagerank,
      core: scores.core,
      clustering: scores.clustering,
      community: scores.community,
      camp: signedDegree > 0 ? (campOf.get(scores.id) ?? null) : null,
      constraint: scores.constraint,
      effectiveSize: scores.effectiveSize,
      pn: Number.isFinite(pn[i]) ? (pn[i] as number) : null,
      brokerage: r
        ? {
            coordinator: r.coordinator,
            itinerant: r.itinerant,
            gatekeeper: r.gatekeeper,
            representative: r.representative,
            liaison: r.liaison,
          }
        : null,
      ...(structure[i] as NodeStructure),
    };
  });
}

// In- and out-neighbours along the recorded directions of signed ties; a symmetric type counts both ways.
function directedNeighbours(network: NetworkStructure) {
  const inNeighbours = new Map<string, Set<string>>();
  const outNeighbours = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const tie of network.ties) {
    if (tieSign(tie) === null || tie.source === tie.target) continue;
    add(outNeighbours, tie.source, tie.target);
    add(inNeighbours, tie.target, tie.source);
    if (!tie.directed) {
      add(outNeighbours, tie.target, tie.source);
      add(inNeighbours, tie.source, tie.target);
    }
  }
  return { inNeighbours, outNeighbours };
}

function topBrokers(network: NetworkStructure, nodes: NodeMeasures[]): CenterAnalysisResult['brokers'] {
  const firms = new Set(network.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id));
  const total = (n: NodeMeasures) =>
    n.brokerage
      ? n.brokerage.coordinator +
        n.brokerage.itinerant +
        n.brokerage.gatekeeper +
        n.brokerage.representative +
        n.brokerage.liaison
      : 0;
  return nodes
    .filter((n) => firms.has(n.id) && ((n.betweenness ?? 0) > 0 || total(n) > 0))
    .map((n) => ({ id: n.id, betweenness: n.betweenness ?? 0, brokerage: total(n) }))
    .sort((a, b) => b.betweenness - a.betweenness || b.brokerage - a.brokerage || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_BROKERS);
}
