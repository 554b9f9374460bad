/**
 * Structural balance of a signed view in the JSON form of `analyzeNetwork`: triangle census and
 * ratios (Cartwright & Harary 1956; Davis 1967) plus the exact frustration index and camps
 * (Harary 1959; Aref, Mason & Wilson 2020).
 */

import type { BalanceSummary } from './analysis-result.ts';
import { type FrustrationOptions, frustration } from './frustration/frustration.ts';
import type { Graph } from './graph.ts';
import { triangleBalance } from './triangle-balance.ts';

/** Balance of `graph` (symmetrised inside each measure). */
export function signedBalance(graph: Graph, options: Partial<FrustrationOptions>): BalanceSummary {
  const triangles = triangleBalance(graph);
  const result = frustration(graph, options);
  const camps: [string[], string[]] = [[], []];
  result.camps.forEach((camp, i) => {
    camps[camp > 0 ? 0 : 1].push(graph.ids[i] as string);
  });
  return {
    triangles: triangles.census,
    balancedTriangles: triangles.balanced,
    ratio: triangles.ratio,
    weakRatio: triangles.weakRatio,
    frustration: {
      index: result.index,
      normalized: result.normalized,
      lowerBound: result.lowerBound,
      upperBound: result.upperBound,
      frustratedTies: result.frustratedTies,
      note: result.note,
    },
    frustrationExact: result.exact,
    camps,
  };
}
