/**
 * Burt's effective size: the non-redundant part of a node's contacts.
 *
 * Burt, R. S. (1992). Structural Holes. Harvard University Press; Borgatti, S. P. (1997). Structural
 * holes: unpacking Burt's redundancy measures. Connections 20(1), 35–38. As `networkx.effective_size`:
 * e(u) = Σ_{v∈N(u)} (1 − Σ_w p_uw m_vw), which for unweighted undirected graphs equals k − 2t/k.
 */

import type { Graph } from './graph.ts';
import { mutualWeights } from './mutual-weights.ts';

/** Options for `effectiveSize`. */
export interface EffectiveSizeOptions {
  /** Use tie weights (NetworkX's default `weight=None` ignores them). */
  weighted: boolean;
}

/** NetworkX's default: unweighted. */
export const EFFECTIVE_SIZE_DEFAULTS: EffectiveSizeOptions = { weighted: false };

/**
 * Effective size of every node, indexed like `graph.ids`; null for a node without ties (NetworkX's NaN).
 * Unlike NetworkX, a directed node with only incoming ties is not treated as an isolate.
 */
export function effectiveSize(graph: Graph, options: Partial<EffectiveSizeOptions> = {}): (number | null)[] {
  const { weighted } = { ...EFFECTIVE_SIZE_DEFAULTS, ...options };
  const { graph: view, total, max } = mutualWeights(graph, weighted);
  const { offsets, targets, weights } = view.out;
  const n = view.order;
  // redundancy[v] = Σ_w p_uw m_vw for the ego u in progress; m_vw = mw(v, w) / max_x mw(v, x).
  const redundancy = new Float64Array(n);
  const result: (number | null)[] = new Array(n).fill(null);
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    if (start === end) continue;
    const su = total[u] as number;
    for (let k = start; k < end; k++) {
      const w = targets[k] as number;
      const puw = (weights[k] as number) / su;
      for (let j = offsets[w] as number; j < (offsets[w + 1] as number); j++) {
        const v = targets[j] as number;
        redundancy[v] = (redundancy[v] as number) + (puw * (weights[j] as number)) / (max[v] as number);
      }
    }
    let size = 0;
    for (let k = start; k < end; k++) size += 1 - (redundancy[targets[k] as number] as number);
    result[u] = size;
    for (let k = start; k < end; k++) {
      const w = targets[k] as number;
      for (let j = offsets[w] as number; j < (offsets[w + 1] as number); j++)
        redundancy[targets[j] as number] = 0;
    }
  }
  return result;
}
