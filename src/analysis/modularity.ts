/**
 * Modularity of a partition, with a resolution parameter.
 *
 * Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in networks.
 * Physical Review E 69, 026113; directed form: Leicht, E. A. & Newman, M. E. J. (2008), Physical Review
 * Letters 100, 118703. As `networkx.community.modularity`: Σ_c [L_c/m − γ·k_c^out·k_c^in/m²]
 * (undirected: k_c = Σ degree, normalised by (2m)²).
 */

import type { AnalysisProblem } from './analysis-error.ts';
import type { Graph } from './graph.ts';

/** Options for `modularity`. */
export interface ModularityOptions {
  resolution: number;
  /** Use tie weights (NetworkX's default `weight='weight'`). */
  weighted: boolean;
}

/** NetworkX's defaults. */
export const MODULARITY_DEFAULTS: ModularityOptions = { resolution: 1, weighted: true };

/** Modularity of `membership` (community index per node); null when the graph has no ties. */
export function modularity(
  graph: Graph,
  membership: ArrayLike<number>,
  options: Partial<ModularityOptions> = {},
): number | null {
  const { resolution, weighted } = { ...MODULARITY_DEFAULTS, ...options };
  let communities = 0;
  for (let i = 0; i < membership.length; i++)
    communities = Math.max(communities, (membership[i] as number) + 1);
  const inside = new Float64Array(communities);
  const outTotal = new Float64Array(communities);
  const inTotal = new Float64Array(communities);
  let m = 0;
  for (let e = 0; e < graph.size; e++) {
    const w = weighted ? (graph.edgeWeight[e] as number) : 1;
    const cu = membership[graph.edgeSource[e] as number] as number;
    const cv = membership[graph.edgeTarget[e] as number] as number;
    m += w;
    if (cu === cv) inside[cu] = (inside[cu] as number) + w;
    outTotal[cu] = (outTotal[cu] as number) + w;
    inTotal[cv] = (inTotal[cv] as number) + w;
  }
  if (m === 0) return null;
  let q = 0;
  for (let c = 0; c < communities; c++) {
    if (graph.directed) {
      q +=
        (inside[c] as number) / m - (resolution * (outTotal[c] as number) * (inTotal[c] as number)) / (m * m);
    } else {
      const degreeSum = (outTotal[c] as number) + (inTotal[c] as number);
      q += (inside[c] as number) / m - (resolution * degreeSum * degreeSum) / (4 * m * m);
    }
  }
  return q;
}

/** The problem with a resolution that is not a finite non-negative number, or null when it is fine. */
export function resolutionProblem(resolution: number, path = 'resolution'): AnalysisProblem | null {
  return Number.isFinite(resolution) && resolution >= 0
    ? null
    : { code: 'invalid_resolution', path, params: {} };
}
