/**
 * The community detection `analyzeNetwork` runs: Louvain (the default, NetworkX's algorithm) or Leiden
 * (connected communities, usually higher modularity), both seeded, with a resolution γ.
 */

import { invalidInput } from './analysis-error.ts';
import type { Graph } from './graph.ts';
import { leiden } from './leiden.ts';
import { louvain } from './louvain.ts';
import { resolutionProblem } from './modularity.ts';
import { createRng } from './rng.ts';

/** The community detection methods, the first being the default. */
export const COMMUNITY_METHODS = ['louvain', 'leiden'] as const;

/** A community detection method. */
export type CommunityMethod = (typeof COMMUNITY_METHODS)[number];

/** Which method ran, with which resolution and seed, as results report it. */
export interface CommunitySettings {
  method: CommunityMethod;
  /** γ of modularity; 1 is Newman–Girvan's. */
  resolution: number;
  seed: number;
}

/** A partition of the nodes and its modularity (null without ties). */
export interface CommunityPartition {
  membership: Int32Array;
  count: number;
  modularity: number | null;
}

/**
 * Communities of `graph` (non-negative weights: the collaboration layer) by `settings.method`. Louvain
 * keeps a directed graph's direction (Leicht–Newman modularity); Leiden reads its arcs as undirected ties.
 */
export function detectCommunities(graph: Graph, settings: CommunitySettings): CommunityPartition {
  const problem = resolutionProblem(settings.resolution);
  if (problem) throw invalidInput([problem]);
  const options = { resolution: settings.resolution, rng: createRng(settings.seed) };
  return settings.method === 'leiden' ? leiden(graph, options) : louvain(graph, options);
}
