/**
 * Harmonic centrality: the sum of inverse incoming distances, 1/∞ = 0.
 *
 * Boldi, P. & Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10(3–4), 222–262;
 * `networkx.harmonic_centrality` (unnormalised). The normalised form divides by n−1.
 */

import type { Graph } from './graph.ts';
import { type DistanceMode, sweepSources } from './path-sweep.ts';

/** Options for `harmonic`. */
export interface HarmonicOptions {
  distance: DistanceMode;
}

/** NetworkX's defaults. */
export const HARMONIC_DEFAULTS: HarmonicOptions = { distance: 'hops' };

/** Both forms, indexed like `graph.ids`. */
export interface HarmonicResult {
  /** NetworkX's unnormalised sum. */
  raw: Float64Array;
  /** raw/(n−1), labelled as Simpul's addition; equal to raw when n ≤ 1. */
  normalized: Float64Array;
}

/** Harmonic centrality of every node. */
export function harmonic(graph: Graph, options: Partial<HarmonicOptions> = {}): HarmonicResult {
  const settings = { ...HARMONIC_DEFAULTS, ...options };
  const raw = new Float64Array(graph.order);
  sweepSources(graph, settings.distance, 0, graph.order, { harmonic: raw });
  return { raw, normalized: normalizeHarmonic(raw) };
}

/** raw/(n−1) as a new array (a copy of raw when n ≤ 1). */
export function normalizeHarmonic(raw: Float64Array): Float64Array {
  const n = raw.length;
  return n > 1 ? raw.map((h) => h / (n - 1)) : raw.slice();
}
