/**
 * Suggestions for a centre's network: the ties whose addition most joins collaboration components, and
 * the conflicts whose resolution lowers frustration, ranked, each with the facts its reason is worded from.
 *
 * Ties: only plausible pairs are candidates, bounded by the ties already there: two firms of one
 * institution in different collaboration components, or two firms with a common neighbour (by any tie)
 * in different components. One candidate per pair of components, the best-connected firm of each. The
 * gain of joining components of sizes p and q is p·q newly connected pairs, exact without recomputing
 * anything; k are picked greedily, merging the chosen components before the next pick.
 *
 * Conflicts: removing a conflict tie that is frustrated under an optimal split lowers the frustration
 * index by exactly one (the split stays, minus that tie; and no split of the smaller graph can do better
 * than one less, or adding the tie back would beat the optimum). So no recomputation: conflicts
 * frustrated in every optimum found come first, then those closing more unbalanced triangles.
 */

import { weakComponents } from '../components.ts';
import type { FrustratedTie } from '../frustration/frustration.ts';
import type { Graph } from '../graph.ts';
import { positiveLayer } from '../layers.ts';

/** A tie worth brokering, with the facts its reason names. */
export interface TieSuggestion {
  a: string;
  b: string;
  /** Firms (nodes) in the two collaboration components it joins, larger first. */
  sizes: [number, number];
  /** Pairs of nodes that become connected by collaboration: the product of the sizes. */
  newlyConnectedPairs: number;
  /** Why the pair is plausible: both in institution `via`, or both tied to node `via`. */
  basis: 'same_institution' | 'common_neighbour';
  via: string;
}

/** A conflict worth mediating, with the facts its reason names. */
export interface ConflictSuggestion {
  a: string;
  b: string;
  /** Frustration index today and after resolving only this conflict. */
  frustrationBefore: number;
  frustrationAfter: number;
  /** Frustrated in every optimal split found, or in some. */
  frustratedIn: 'all' | 'some';
  /** Triangles through the pair whose signs cannot be balanced while the conflict stays. */
  unbalancedTriangles: number;
}

/**
 * Up to `k` ties joining the most pairs; `groups` maps an institution id to its member node ids, and only
 * nodes `eligible` accepts (the caller's firms) become ends of a suggested tie.
 */
export function suggestTies(
  graph: Graph,
  groups: ReadonlyMap<string, readonly string[]>,
  k: number,
  eligible: (id: string) => boolean = () => true,
): TieSuggestion[] {
  const positive = positiveLayer(graph);
  const comp = weakComponents(positive).membership;
  const degree = (v: number) => (positive.out.offsets[v + 1] as number) - (positive.out.offsets[v] as number);
  const candidates = new Map<string, { u: number; v: number; basis: TieSuggestion['basis']; via: string }>();
  const offer = (members: number[], basis: TieSuggestion['basis'], via: string) => {
    // The best-connected member of each component; then the largest component meets each other one.
    const best = new Map<number, number>();
    for (const m of members) {
      if (!eligible(graph.ids[m] as string)) continue;
      const c = comp[m] as number;
      const held = best.get(c);
      if (held === undefined || degree(m) > degree(held)) best.set(c, m);
    }
    if (best.size < 2) return;
    const reps = [...best.values()];
    for (let i = 0; i < reps.length; i++) {
      for (let j = i + 1; j < reps.length && j < i + 8; j++) {
        const u = reps[i] as number;
        const v = reps[j] as number;
        const [cu, cv] = [comp[u] as number, comp[v] as number];
        const key = cu < cv ? `${cu}|${cv}` : `${cv}|${cu}`;
        if (!candidates.has(key) || (basis === 'same_institution' && candidates.get(key)?.basis !== basis)) {
          candidates.set(key, { u, v, basis, via });
        }
      }
    }
  };
  for (const [group, ids] of groups) {
    const members = ids.map((id) => graph.index.get(id)).filter((i): i is number => i !== undefined);
    offer(members, 'same_institution', group);
  }
  for (let w = 0; w < graph.order; w++) {
    const from = graph.out.offsets[w] as number;
    const to = graph.out.offsets[w + 1] as number;
    offer(Array.from(graph.out.targets.subarray(from, to)), 'common_neighbour', graph.ids[w] as string);
  }
  return pickGreedily(graph, comp, [...candidates.values()], k);
}

function pickGreedily(
  graph: Graph,
  comp: Int32Array,
  candidates: { u: number; v: number; basis: TieSuggestion['basis']; via: string }[],
  k: number,
): TieSuggestion[] {
  const parent = new Int32Array(graph.order).map((_, i) => i);
  const size = new Int32Array(graph.order);
  for (const c of comp) size[c]!++;
  const find = (c: number): number => {
    while (parent[c] !== c) c = parent[c] = parent[parent[c] as number] as number;
    return c;
  };
  const picked: TieSuggestion[] = [];
  while (picked.length < k) {
    let best = -1;
    let gain = 0;
    candidates.forEach((c, i) => {
      const [p, q] = [find(comp[c.u] as number), find(comp[c.v] as number)];
      const g = p === q ? 0 : (size[p] as number) * (size[q] as number);
      if (g > gain) [best, gain] = [i, g];
    });
    if (best < 0) break;
    const c = candidates[best] as (typeof candidates)[number];
    const [p, q] = [find(comp[c.u] as number), find(comp[c.v] as number)];
    const [sp, sq] = [size[p] as number, size[q] as number];
    picked.push({
      a: graph.ids[c.u] as string,
      b: graph.ids[c.v] as string,
      sizes: [Math.max(sp, sq), Math.min(sp, sq)],
      newlyConnectedPairs: gain,
      basis: c.basis,
      via: c.via,
    });
    parent[q] = p;
    size[p] = sp + sq;
  }
  return picked;
}

/** Up to `k` conflicts to mediate, from the frustration result of `graph` (index `index`). */
export function suggestResolutions(
  graph: Graph,
  index: number,
  frustrated: readonly FrustratedTie[],
  k: number,
): ConflictSuggestion[] {
  const sign = new Map<string, number>();
  for (let e = 0; e < graph.size; e++) {
    sign.set(`${graph.edgeSource[e]}|${graph.edgeTarget[e]}`, graph.edgeSign[e] as number);
  }
  const signOf = (u: number, v: number) => sign.get(u < v ? `${u}|${v}` : `${v}|${u}`);
  return frustrated
    .filter((t) => t.sign < 0)
    .map((t) => {
      const u = graph.index.get(t.source) as number;
      const v = graph.index.get(t.target) as number;
      let unbalanced = 0;
      for (let s = graph.out.offsets[u] as number; s < (graph.out.offsets[u + 1] as number); s++) {
        const w = graph.out.targets[s] as number;
        const other = w === v ? undefined : signOf(v, w);
        // With a − tie between u and v, the triangle is unbalanced when the other two signs agree.
        if (other !== undefined && other * (graph.out.signs[s] as number) > 0) unbalanced++;
      }
      return {
        a: t.source,
        b: t.target,
        frustrationBefore: index,
        frustrationAfter: index - 1,
        frustratedIn: t.frustratedIn,
        unbalancedTriangles: unbalanced,
      };
    })
    .sort(
      (x, y) =>
        (x.frustratedIn === 'all' ? 0 : 1) - (y.frustratedIn === 'all' ? 0 : 1) ||
        y.unbalancedTriangles - x.unbalancedTriangles ||
        (x.a + x.b < y.a + y.b ? -1 : 1),
    )
    .slice(0, k);
}
