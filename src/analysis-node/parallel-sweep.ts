/**
 * The Node adapter of the analysis core's `SweepRunner`: the path sweep split over worker threads, for
 * large graphs. Each worker takes a range of sources (Brandes' sums are additive over sources) and
 * the partial sums are added up; the calling thread sweeps the first range itself. The graph's CSR
 * arrays are copied once into shared memory. It looks
 * for the compiled worker (`npm run build:workers`) and, when that is missing, runs the same sweep on
 * the calling thread. The library (`src/analysis`) never imports this file: callers inject it.
 */

import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
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
  sweepSources,
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
  /** Below this many node × tie-slot pairs a worker costs more than it saves, so the sweep stays inline. */
  minWork: number;
  /**
   * Stay inline when the 1-minute load average says no core is free: a worker then gains no CPU and
   * only adds its start-up and a cold JIT (docs/PERFORMANCE.md, "Betweenness").
   */
  onlyWhenIdle: boolean;
}

/**
 * Default: every core, workers only when a core is free and half the sweep saves at least twice a
 * worker's start-up (35–100 ms measured; the hop sweep takes about 6 ns of CPU per node × tie slot, so
 * from n × 2m ≈ 2.5·10⁷, an ER graph of about 1,100 nodes and 5,500 ties).
 */
export const PARALLEL_DEFAULTS: ParallelOptions = {
  threads: availableParallelism(),
  minWork: 25_000_000,
  onlyWhenIdle: true,
};

/** Whether the load average leaves a core free for a worker beside this thread. */
export function coreFree(): boolean {
  return (loadavg()[0] as number) <= availableParallelism() - 1;
}

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
  const { threads, minWork, onlyWhenIdle } = { ...PARALLEL_DEFAULTS, ...options };
  const n = graph.order;
  const workers = Math.min(threads, n);
  const small = n * graph.out.targets.length < minWork;
  if (workers < 2 || small || (onlyWhenIdle && !coreFree()) || !workersAvailable()) {
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
  const ranges = sourceRanges(n, workers);
  const [ownFrom, ownTo] = ranges[0] as [number, number];
  // The first range stays on this thread, which would otherwise sit idle: one worker fewer to start,
  // and this thread's sweep is already compiled by the JIT.
  const pending = ranges.slice(1).map(([from, to]) =>
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
  );
  const own = emptySums(n, wanted);
  sweepSources(graph, mode, ownFrom, ownTo, own);
  const parts = [own, ...(await Promise.all(pending))];
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
    // execArgv: [] so that the worker does not load the parent's loaders (tsx), which it has no use for.
    const worker = new Worker(WORKER_FILE, { execArgv: [] });
    worker.once('message', (sums: SweepSums) => {
      resolve(sums);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(task);
  });
}
