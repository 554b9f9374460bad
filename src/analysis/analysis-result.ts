/**
 * The JSON shape of a whole-network analysis, as `simpul network analyze --json` prints it.
 * Every metric that was not requested (or is undefined for a node, such as an isolate's constraint)
 * is null, so the shape never changes.
 */

import type { AnalysisNote } from './analysis-error.ts';
import type { CommunitySettings } from './communities.ts';
import type { FrustratedTie } from './frustration/frustration.ts';
import type { Centralization } from './path-centralization.ts';
import type { Reciprocity } from './reciprocity.ts';
import type { TriangleCensus } from './triangle-balance.ts';

/** Metrics computed per node. */
export const NODE_METRICS = [
  'degree',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'core',
  'clustering',
  'community',
  'constraint',
  'effectiveSize',
  'strength',
  'positiveStrength',
  'negativeStrength',
] as const;

/** Metrics computed for the whole network. */
export const GRAPH_METRICS = [
  'density',
  'components',
  'modularity',
  'communities',
  'balance',
  'reciprocity',
  'centralization',
] as const;

/** A metric name accepted by `analyzeNetwork`'s `metrics` option. */
export type MetricName = (typeof NODE_METRICS)[number] | (typeof GRAPH_METRICS)[number];

/** One node's scores. */
export interface NodeScores {
  id: string;
  /** Number of ties of either sign (in + out when directed). */
  degree: number | null;
  /** Normalised as NetworkX, on the collaboration layer. */
  betweenness: number | null;
  /** Incoming, Wasserman–Faust scaled, on the collaboration layer. */
  closeness: number | null;
  /** Unnormalised (NetworkX), on the collaboration layer. */
  harmonic: number | null;
  /** Null when power iteration did not converge. */
  eigenvector: number | null;
  pagerank: number | null;
  core: number | null;
  clustering: number | null;
  /** Community index (Louvain or Leiden), numbered by lowest node index. */
  community: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  /** Weighted degree Σw over ties of either sign (in + out when directed), not normalised. */
  strength: number | null;
  /** Σw over the node's collaboration (positive) ties. */
  positiveStrength: number | null;
  /** Σw over the node's conflict (negative) ties. */
  negativeStrength: number | null;
}

/** Component summary of the analysed view. */
export interface ComponentsSummary {
  /** Connected (weak, when directed) components. */
  count: number;
  largestShare: number | null;
  isolates: string[];
  /** Strong components of a directed view; null when undirected. */
  strong: { count: number; largestShare: number | null } | null;
}

/** The frustration result in JSON form (camps are given separately). */
export interface FrustrationSummary {
  /** L, frustrated ties of the best split (optimal when exact). */
  index: number;
  /** F = 1 − 2L/m; null without ties. */
  normalized: number | null;
  lowerBound: number;
  upperBound: number;
  frustratedTies: FrustratedTie[];
  /** Why the result is not exact, as a code with the bounds (adapters word it); null when it is. */
  note: AnalysisNote | null;
}

/** Structural balance of the symmetrised signed view. */
export interface BalanceSummary {
  triangles: TriangleCensus;
  /** T₊₊₊ + T₊₋₋. */
  balancedTriangles: number;
  /** Strict triangle balance ratio; null without triangles. */
  ratio: number | null;
  /** Weak triangle balance ratio; null without triangles. */
  weakRatio: number | null;
  frustration: FrustrationSummary;
  frustrationExact: boolean;
  /** The two camps (node ids); each component's larger side is in the first. */
  camps: [string[], string[]];
}

/** Whole-network results. */
export interface GraphSummary {
  nodes: number;
  edges: number;
  density: number | null;
  components: ComponentsSummary | null;
  /** Modularity of the communities at their resolution (Leiden: of the undirected reading). */
  modularity: number | null;
  /** Number of communities. */
  communities: number | null;
  /** Method, resolution and seed of the communities; null when none were requested. */
  communityMethod: CommunitySettings | null;
  /** Null when the analysis is unsigned or balance was not requested. */
  balance: BalanceSummary | null;
  /** Edge- and dyad-based reciprocity of the analysed view (1 when undirected); null when not requested. */
  reciprocity: Reciprocity | null;
  /** Freeman centralization of the collaboration layer (hops); null when not requested. */
  centralization: Centralization | null;
}

/** How an iterative measure was run and what it took, so a reader can judge the scores' precision. */
export interface IterationSummary {
  /** Stopping rule: Σ|Δx| < nodes × tolerance between two steps (NetworkX's rule, tighter tolerance). */
  tolerance: number;
  /** Most steps allowed; the scores are null when the rule was not met by then. */
  maxIterations: number;
  /** Steps taken. */
  iterations: number;
  converged: boolean;
}

/** What `analyzeNetwork` returns. */
export interface NetworkAnalysis {
  graph: GraphSummary;
  nodes: NodeScores[];
  /** Eigenvector centrality's and PageRank's stopping rule and steps; null when not requested. */
  convergence: { eigenvector: IterationSummary | null; pagerank: IterationSummary | null };
}
