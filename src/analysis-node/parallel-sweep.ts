/**
 * The Node adapter of the analysis core's `SweepRunner`: the path sweep split over worker threads, for
 * large graphs. Each worker takes a range of sources (Brandes' sums are additive over sources) and
 * the partial sums are added up. The graph's CSR arrays are copied once into shared memory. It looks
 * for the compiled worker (`npm run build:workers`) and, when that is missing, runs the same sweep on
 * the calling thread. The library (`src/analysis`) never imports this file: callers inject it.
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  addSums,
  type BetweennessOptions,
  type DistanceMode,
  emptySums,
  type Graph,
  inlineSweep,
  type SweepRunner,
  type SweepSums,
  sourceRanges,
  sweptBetweenness,
} from '../analysis/index.ts';
import type { SweepTask } from './workers/path-sweep.worker.ts';

/** Where `npm run build:workers` writes the compiled worker. */
export const WORKER_FILE = fileURLToPath(
  new URL('../../dist/analysis-node/path-sweep.worker.js', import.meta.url),
);

/** Options for the parallel sweep. */
export interface ParallelOptions {
  /** Worker threads; default: the machine's available parallelism. */
  threads: number;
  /** Below this many node × tie pairs a worker costs more than it saves, so the sweep stays inline. */
  minWork: number;
}

/** Default: every core, workers only for graphs of about a thousand nodes and more. */
export const PARALLEL_DEFAULTS: ParallelOptions = { threads: availableParallelism(), minWork: 5_000_000 };

/** Whether the compiled worker exists, i.e. whether `parallelSweep` can use threads at all. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** Runs the sweep for all sources, split over threads when worthwhile; resolves to the filled sums. */
export async function parallelSweep(
  graph: Graph,
  mode: DistanceMode,
  wanted: readonly (keyof SweepSums)[],
  options: Partial<ParallelOptions> = {},
): Promise<SweepSums> {
  const { threads, minWork } = { ...PARALLEL_DEFAULTS, ...options };
  const n = graph.order;
  const workers = Math.min(threads, n);
  if (workers < 2 || n * graph.out.targets.length < minWork || !workersAvailable()) {
    return inlineSweep(graph, mode, wanted);
  }
  const shared = {
    outOffsets: share(graph.out.offsets),
    outTargets: share(graph.out.targets),
    outWeights: share(graph.out.weights),
    inOffsets: graph.directed ? share(graph.in.offsets) : null,
    inTargets: graph.directed ? share(graph.in.targets) : null,
    inWeights: graph.directed ? share(graph.in.weights) : null,
  };
  const parts = await Promise.all(
    sourceRanges(n, workers).map(([from, to]) =>
      runWorker({
        order: n,
        directed: graph.directed,
        outOffsets: shared.outOffsets,
        outTargets: shared.outTargets,
        outWeights: shared.outWeights,
        inOffsets: shared.inOffsets ?? shared.outOffsets,
        inTargets: shared.inTargets ?? shared.outTargets,
        inWeights: shared.inWeights ?? shared.outWeights,
        mode,
        from,
        to,
        wanted: [...wanted],
      }),
    ),
  );
  const sums = emptySums(n, wanted);
  for (const part of parts) addSums(sums, part, wanted);
  return sums;
}

/** `parallelSweep` with fixed options, as the `SweepRunner` the library takes. */
export function parallelSweepRunner(options: Partial<ParallelOptions> = {}): SweepRunner {
  return (graph, mode, wanted) => parallelSweep(graph, mode, wanted, options);
}

/** Betweenness (see `betweenness`) with the sweep split over worker threads. */
export function parallelBetweenness(
  graph: Graph,
  options: Partial<BetweennessOptions & ParallelOptions> = {},
): Promise<Float64Array> {
  return sweptBetweenness(graph, { ...options, runner: parallelSweepRunner(options) });
}

function share<T extends Int32Array | Float64Array>(array: T): T {
  const buffer = new SharedArrayBuffer(array.byteLength);
  const copy = (array instanceof Int32Array ? new Int32Array(buffer) : new Float64Array(buffer)) as T;
  copy.set(array);
  return copy;
}

function runWorker(task: SweepTask): Promise<SweepSums> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE);
    worker.once('message', (sums: SweepSums) => {
      resolve(sums);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(task);
  });
}
