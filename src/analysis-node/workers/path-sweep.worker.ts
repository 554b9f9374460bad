/**
 * Worker-thread entry for `parallelSweep`: runs the path sweep for one range of sources over a graph
 * held in shared memory and posts back its partial sums. Compiled to JavaScript by
 * `npm run build:workers` (tsx's loader does not reach worker threads).
 */

import { parentPort } from 'node:worker_threads';
import { type DistanceMode, emptySums, type SweepSums, sweepSources } from '../../analysis/index.ts';

/** What the main thread sends: shared CSR arrays and the work range. */
export interface SweepTask {
  order: number;
  directed: boolean;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  outWeights: Float64Array;
  inOffsets: Int32Array;
  inTargets: Int32Array;
  inWeights: Float64Array;
  mode: DistanceMode;
  from: number;
  to: number;
  wanted: (keyof SweepSums)[];
}

parentPort?.on('message', (task: SweepTask) => {
  const graph = {
    order: task.order,
    directed: task.directed,
    out: { offsets: task.outOffsets, targets: task.outTargets, weights: task.outWeights },
    in: { offsets: task.inOffsets, targets: task.inTargets, weights: task.inWeights },
  };
  const sums: SweepSums = emptySums(task.order, task.wanted);
  sweepSources(graph, task.mode, task.from, task.to, sums);
  const buffers = Object.values(sums).map((array) => array.buffer);
  parentPort?.postMessage(sums, buffers);
});
