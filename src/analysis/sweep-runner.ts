/**
 * How the path sweep comes in from outside. The sweep's sums add up over sources (Brandes 2001), so
 * an adapter may split the sources over threads or web workers; the library itself never starts one.
 * It defines the `SweepRunner` contract, runs the sweep inline by default, and gives the helpers a
 * runner needs (source ranges, adding partial sums). The Node worker-thread runner lives outside the
 * library, in `src/analysis-node/parallel-sweep.ts`.
 */

import { BETWEENNESS_DEFAULTS, type BetweennessOptions, scaleBetweenness } from './betweenness.ts';
import type { Graph } from './graph.ts';
import { type DistanceMode, type SweepSums, sweepSources } from './path-sweep.ts';

/** Runs the sweep from every source of `graph` and resolves to the requested sums, filled. */
export type SweepRunner = (
  graph: Graph,
  mode: DistanceMode,
  wanted: readonly (keyof SweepSums)[],
) => Promise<SweepSums>;

/** Zero-filled accumulators for `wanted`, one entry per node. */
export function emptySums(order: number, wanted: readonly (keyof SweepSums)[]): SweepSums {
  const sums: SweepSums = {};
  for (const key of wanted) sums[key] = new Float64Array(order);
  return sums;
}

/** The sweep on the calling thread: the default runner. */
export const inlineSweep: SweepRunner = async (graph, mode, wanted) => {
  const sums = emptySums(graph.order, wanted);
  sweepSources(graph, mode, 0, graph.order, sums);
  return sums;
};

/** `order` sources cut into `parts` contiguous ranges `[from, to)` of near-equal size. */
export function sourceRanges(order: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, w) => [
    Math.floor((w * order) / parts),
    Math.floor(((w + 1) * order) / parts),
  ]);
}

/** Adds the partial sums of one source range into `total`. */
export function addSums(total: SweepSums, part: SweepSums, wanted: readonly (keyof SweepSums)[]): void {
  for (const key of wanted) {
    const sum = total[key] as Float64Array;
    const piece = part[key] as Float64Array;
    for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (piece[i] as number);
  }
}

/** Options of `sweptBetweenness`: `betweenness`'s, plus who runs the sweep (default inline). */
export interface SweptBetweennessOptions extends BetweennessOptions {
  runner: SweepRunner;
}

/** Betweenness (see `betweenness`, same numbers) with the sweep run by `options.runner`. */
export async function sweptBetweenness(
  graph: Graph,
  options: Partial<SweptBetweennessOptions> = {},
): Promise<Float64Array> {
  const { distance, normalized } = { ...BETWEENNESS_DEFAULTS, ...options };
  const sums = await (options.runner ?? inlineSweep)(graph, distance, ['betweenness']);
  return scaleBetweenness(sums.betweenness as Float64Array, graph, normalized);
}
