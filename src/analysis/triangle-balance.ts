/**
 * Signed triangle census and triangle balance ratios.
 *
 * Cartwright, D. & Harary, F. (1956). Structural balance: a generalization of Heider's theory.
 * Psychological Review 63(5), 277–293 (strict balance); Davis, J. A. (1967). Clustering and structural
 * balance in graphs. Human Relations 20(2), 181–187 (weak balance). METHODS.md §2:
 * B₃ = (T₊₊₊ + T₊₋₋)/T and B₃ʷ = (T₊₊₊ + T₊₋₋ + T₋₋₋)/T on the symmetrised view.
 */

import type { Graph } from './graph.ts';
import { symmetrise } from './layers.ts';

/** Triangles by number of negative ties. */
export interface TriangleCensus {
  total: number;
  /** +++ */
  ppp: number;
  /** ++− */
  ppn: number;
  /** +−− */
  pnn: number;
  /** −−− */
  nnn: number;
}

/** Census and both ratios; ratios are null without triangles. */
export interface TriangleBalance {
  census: TriangleCensus;
  /** T₊₊₊ + T₊₋₋: triangles balanced in the strict sense. */
  balanced: number;
  /** Strict ratio B₃. */
  ratio: number | null;
  /** Weak ratio B₃ʷ (an all-negative triangle counts as balanced). */
  weakRatio: number | null;
}

/** Triangle census of the symmetrised view of `graph`. */
export function triangleBalance(graph: Graph): TriangleBalance {
  const view = symmetrise(graph);
  const { offsets, targets, signs } = view.out;
  const n = view.order;
  const mark = new Int32Array(n).fill(-1);
  const markSign = new Int8Array(n);
  const byNegatives = [0, 0, 0, 0];
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1] as number;
    for (let k = offsets[u] as number; k < end; k++) {
      const w = targets[k] as number;
      mark[w] = u;
      markSign[w] = signs[k] as number;
    }
    for (let k = offsets[u] as number; k < end; k++) {
      const v = targets[k] as number;
      if (v <= u) continue;
      const negativeUv = (signs[k] as number) < 0 ? 1 : 0;
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
        const w = targets[j] as number;
        if (w <= v || mark[w] !== u) continue;
        const negatives =
          negativeUv + ((signs[j] as number) < 0 ? 1 : 0) + ((markSign[w] as number) < 0 ? 1 : 0);
        byNegatives[negatives] = (byNegatives[negatives] as number) + 1;
      }
    }
  }
  const [ppp = 0, ppn = 0, pnn = 0, nnn = 0] = byNegatives;
  const total = ppp + ppn + pnn + nnn;
  return {
    census: { total, ppp, ppn, pnn, nnn },
    balanced: ppp + pnn,
    ratio: total === 0 ? null : (ppp + pnn) / total,
    weakRatio: total === 0 ? null : (ppp + pnn + nnn) / total,
  };
}
