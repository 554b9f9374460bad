/**
 * The intervention targets: the pairs the best two-camp split frustrates (Harary's line index, METHODS.md
 * §2), one per pair, ranked by how much strain resolving each would ease. Resolving any one frustrated tie
 * lowers the frustration index L by exactly one, so L cannot rank them; what differs is how many unbalanced
 * triangles (three-party relations with an odd number of conflicts, Cartwright & Harary 1956) the pair
 * closes, which is the local balance a mediation would restore. Ranked by unbalanced triangles (most
 * first), then frustrated in every optimum before only some, then fewer balanced triangles (resolving the
 * sign would unbalance those), then by pair, for a stable order.
 */

import type { Graph, NetworkAnalysis } from '../../analysis/index.ts';
import { pairKey, tieSign } from '../load/center-graph.ts';
import type { NetworkStructure } from '../view/network.schema.ts';
import type { FrustratedTie } from './analysis.schema.ts';

/** Balanced and unbalanced triangles through the tie `u`–`v` of the undirected signed `graph`. */
export function trianglesThrough(
  graph: Graph,
  u: number,
  v: number,
): { balanced: number; unbalanced: number } {
  const { offsets, targets, signs } = graph.out;
  let i = offsets[u] as number;
  let j = offsets[v] as number;
  const iEnd = offsets[u + 1] as number;
  const jEnd = offsets[v + 1] as number;
  let uvSign = 0;
  for (let k = i; k < iEnd; k++) if (targets[k] === v) uvSign = signs[k] as number;
  let balanced = 0;
  let unbalanced = 0;
  // Rows are sorted by target: walk both to find common neighbours.
  while (i < iEnd && j < jEnd) {
    const a = targets[i] as number;
    const b = targets[j] as number;
    if (a < b) i++;
    else if (a > b) j++;
    else {
      if (uvSign * (signs[i] as number) * (signs[j] as number) > 0) balanced++;
      else unbalanced++;
      i++;
      j++;
    }
  }
  return { balanced, unbalanced };
}

/** The ranked intervention targets of `network`, whose view is `graph` and analysis `analysis`. */
export function interventionTargets(
  network: NetworkStructure,
  graph: Graph,
  analysis: NetworkAnalysis,
): FrustratedTie[] {
  const frustrated = new Map<string, { sign: 1 | -1; frustratedIn: 'all' | 'some' }>();
  for (const t of analysis.graph.balance?.frustration.frustratedTies ?? []) {
    if (t.inCamps)
      frustrated.set(pairKey(t.source, t.target), { sign: t.sign, frustratedIn: t.frustratedIn });
  }
  const targets = new Map<string, FrustratedTie>();
  for (const tie of [...network.ties].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = pairKey(tie.source, tie.target);
    const found = frustrated.get(key);
    if (!found || targets.has(key) || tieSign(tie) !== found.sign) continue;
    const triangles = trianglesThrough(
      graph,
      graph.index.get(tie.source) as number,
      graph.index.get(tie.target) as number,
    );
    targets.set(key, {
      id: tie.id,
      source: tie.source,
      target: tie.target,
      type: tie.type,
      valence: tie.valence,
      reason: found.sign < 0 ? 'conflict_within_camp' : 'collaboration_across_camps',
      unbalancedTriangles: triangles.unbalanced,
      balancedTriangles: triangles.balanced,
      frustratedIn: found.frustratedIn,
    });
  }
  const rankOf = (t: FrustratedTie) => (t.frustratedIn === 'all' ? 0 : 1);
  return [...targets.values()].sort(
    (a, b) =>
      b.unbalancedTriangles - a.unbalancedTriangles ||
      rankOf(a) - rankOf(b) ||
      a.balancedTriangles - b.balancedTriangles ||
      pairKey(a.source, a.target).localeCompare(pairKey(b.source, b.target)),
  );
}
