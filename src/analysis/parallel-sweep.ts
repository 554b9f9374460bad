/**
 * The path sweep split over worker threads, for large graphs: each worker takes a range of sources
 * (Brandes' sums are additive over sources) and the partial sums are added up. The graph's CSR arrays
 * are copied once into shared memory. This file is the analysis core's only contact with threads and
 * the file system: it looks for the compiled worker (`npm run build:workers`) and, when that is missing,
 * runs the same sweep on the calling thread.
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BETWEENNESS_DEFAULTS, type BetweennessOptions, scaleBetweenness } from './betweenness.ts';
import type { Graph } from './graph.ts';
import { type DistanceMode, type SweepSums, sweepSources } from './path-sweep.ts';
import type { SweepTask } from './workers/path-sweep.worker.ts';

/** Where `npm run build:workers` writes the compiled worker. */
export const WORKER_FILE = fileURLToPath(
  new URL('../../dist/analysis/path-sweep.worker.js', import.meta.url),
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
  wanted: (keyof SweepSums)[],
  options: Partial<ParallelOptions> = {},
): Promise<SweepSums> {
  const { threads, minWork } = { ...PARALLEL_DEFAULTS, ...options };
  const n = graph.order;
  const sums: SweepSums = {};
  for (const key of wanted) sums[key] = new Float64Array(n);
  const workers = Math.min(threads, n);
  if (workers < 2 || n * graph.out.targets.length < minWork || !workersAvailable()) {
    sweepSources(graph, mode, 0, n, sums);
    return sums;
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
    Array.from({ length: workers }, (_, w) =>
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
        from: Math.floor((w * n) / workers),
        to: Math.floor(((w + 1) * n) / workers),
        wanted,
      }),
    ),
  );
  for (const part of parts) {
    for (const key of wanted) {
      const total = sums[key] as Float64Array;
      const piece = part[key] as Float64Array;
      for (let i = 0; i < n; i++) total[i] = (total[i] as number) + (piece[i] as number);
    }
  }
  return sums;
}

/** Betweenness (see `betweenness`) with the sweep split over worker threads. */
export async function parallelBetweenness(
  graph: Graph,
  options: Partial<BetweennessOptions & ParallelOptions> = {},
): Promise<Float64Array> {
  const settings = { ...BETWEENNESS_DEFAULTS, ...options };
  const sums = await parallelSweep(graph, settings.distance, ['betweenness'], options);
  return scaleBetweenness(sums.betweenness as Float64Array, graph, settings.normalized);
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
