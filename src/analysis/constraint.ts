/**
 * Burt's constraint: how much a node's ties are invested in contacts who are tied to each other.
 *
 * Burt, R. S. (1992). Structural Holes. Harvard University Press; Burt (2004), Structural holes and good
 * ideas, American Journal of Sociology 110, 349–399. As `networkx.constraint`:
 * c_i = Σ_{j∈N(i)} (p_ij + Σ_q p_iq p_qj)², N(i) holding in- and out-neighbours.
 */

import type { Graph } from './graph.ts';
import { mutualWeights } from './mutual-weights.ts';

/** Options for `constraint`. */
export interface ConstraintOptions {
  /** Use tie weights (NetworkX's default `weight=None` ignores them). */
  weighted: boolean;
}

/** NetworkX's default: unweighted. */
export const CONSTRAINT_DEFAULTS: ConstraintOptions = { weighted: false };

/**
 * Constraint of every node, indexed like `graph.ids`; null for a node without ties (NetworkX's NaN).
 * Unlike NetworkX, a directed node with only incoming ties is not treated as an isolate.
 */
export function constraint(graph: Graph, options: Partial<ConstraintOptions> = {}): (number | null)[] {
  const { weighted } = { ...CONSTRAINT_DEFAULTS, ...options };
  const { graph: view, total } = mutualWeights(graph, weighted);
  const { offsets, targets, weights } = view.out;
  const n = view.order;
  const indirect = new Float64Array(n);
  const result: (number | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    if (start === end) continue;
    const si = total[i] as number;
    for (let k = start; k < end; k++) {
      const q = targets[k] as number;
      const piq = (weights[k] as number) / si;
      const sq = total[q] as number;
      for (let j = offsets[q] as number; j < (offsets[q + 1] as number); j++) {
        const t = targets[j] as number;
        indirect[t] = (indirect[t] as number) + (piq * (weights[j] as number)) / sq;
      }
    }
    let c = 0;
    for (let k = start; k < end; k++) {
      const j = targets[k] as number;
      c += ((weights[k] as number) / si + (indirect[j] as number)) ** 2;
    }
    result[i] = c;
    for (let k = start; k < end; k++) {
      const q = targets[k] as number;
      for (let j = offsets[q] as number; j < (offsets[q + 1] as number); j++)
        indirect[targets[j] as number] = 0;
    }
  }
  return result;
}
