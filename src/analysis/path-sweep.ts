/**
 * Single-source shortest paths from every source, with Brandes' dependency accumulation.
 *
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
 * Sociology 25(2), 163–177. Hop distances go to the direction-optimising breadth-first sweep of
 * `hop-sweep.ts`; lengths use Dijkstra with a binary heap, each node's predecessors kept in the slots
 * of its own in-row (there are never more predecessors than in-ties), so the backward pass visits only
 * shortest-path ties.
 * The same sweep gives every node's incoming distance sums, from which closeness and harmonic
 * centrality follow, so a full analysis walks the paths once.
 */

import type { Graph } from './graph.ts';
import { addDistances, HopSweep } from './hop-sweep.ts';

/** The parts of a `Graph` a sweep reads (so that worker threads can rebuild it from shared memory). */
export type SweepGraph = Pick<Graph, 'order' | 'directed'> & {
  out: Pick<Graph['out'], 'offsets' | 'targets' | 'weights'>;
  in: Pick<Graph['in'], 'offsets' | 'targets' | 'weights'>;
};

/** How a tie's length is read: one hop, 1/weight (weights are strengths), or the weight itself. */
export type DistanceMode = 'hops' | 'inverse-weight' | 'weight';

/** Accumulators a sweep adds into; each is indexed by node and optional. */
export interface SweepSums {
  /** Brandes dependencies summed over sources (ordered pairs). */
  betweenness?: Float64Array;
  /** Σ over sources s reaching v of d(s, v). */
  distanceSum?: Float64Array;
  /** Number of sources s ≠ v reaching v. */
  reached?: Float64Array;
  /** Σ over sources s reaching v of 1/d(s, v). */
  harmonic?: Float64Array;
}

// Lengths equal within this relative tolerance count as one distance, so that 1/3 + 2/3 ties with 1.
const RELATIVE_TOLERANCE = 1e-10;

/** Tie lengths per adjacency slot for `mode`, or null for hops. */
export function slotLengths(weights: Float64Array, mode: DistanceMode): Float64Array | null {
  if (mode === 'hops') return null;
  const lengths = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    lengths[i] = mode === 'weight' ? w : 1 / w;
  }
  return lengths;
}

/** Runs the sweep for sources `from`…`to − 1`, adding into `sums`. */
export function sweepSources(
  graph: SweepGraph,
  mode: DistanceMode,
  from: number,
  to: number,
  sums: SweepSums,
): void {
  const outLengths = slotLengths(graph.out.weights, mode);
  if (outLengths === null) new HopSweep(graph).run(from, to, sums);
  else sweepLengths(graph, outLengths, from, to, sums);
}

/** Brandes' backward pass over the nodes of `order` (settled order), adding dependencies into `sums`. */
function accumulate(
  order: Int32Array,
  count: number,
  preds: Int32Array,
  predStart: Int32Array,
  predCount: Int32Array,
  sigma: Float64Array,
  delta: Float64Array,
  sums: Float64Array,
): void {
  for (let i = count - 1; i > 0; i--) {
    const w = order[i] as number;
    const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
    const start = predStart[w] as number;
    const end = start + (predCount[w] as number);
    for (let k = start; k < end; k++) {
      const v = preds[k] as number;
      delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
    }
    sums[w] = (sums[w] as number) + (delta[w] as number);
  }
}

function sweepLengths(
  graph: SweepGraph,
  outLengths: Float64Array,
  from: number,
  to: number,
  sums: SweepSums,
): void {
  const n = graph.order;
  const { offsets, targets } = graph.out;
  const predStart = graph.in.offsets;
  const preds = new Int32Array(graph.in.targets.length);
  const predCount = new Int32Array(n);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const settled = new Uint8Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const heap = new DistanceHeap(targets.length + 1);
  const { betweenness } = sums;
  for (let s = from; s < to; s++) {
    let count = 0;
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(0, s);
    while (heap.length > 0) {
      const v = heap.pop();
      if (settled[v] === 1) continue;
      settled[v] = 1;
      order[count++] = v;
      const dv = dist[v] as number;
      const sv = sigma[v] as number;
      const end = offsets[v + 1] as number;
      for (let k = offsets[v] as number; k < end; k++) {
        const w = targets[k] as number;
        if (settled[w] === 1) continue;
        const candidate = dv + (outLengths[k] as number);
        const dw = dist[w] as number;
        if (dw !== Number.POSITIVE_INFINITY && sameLength(candidate, dw)) {
          sigma[w] = (sigma[w] as number) + sv;
          const c = predCount[w] as number;
          preds[(predStart[w] as number) + c] = v;
          predCount[w] = c + 1;
        } else if (candidate < dw) {
          dist[w] = candidate;
          sigma[w] = sv;
          preds[predStart[w] as number] = v;
          predCount[w] = 1;
          heap.push(candidate, w);
        }
      }
    }
    addDistances(order, count, dist, sums);
    if (betweenness) accumulate(order, count, preds, predStart, predCount, sigma, delta, betweenness);
    for (let i = 0; i < count; i++) {
      const w = order[i] as number;
      dist[w] = Number.POSITIVE_INFINITY;
      settled[w] = 0;
      sigma[w] = 0;
      delta[w] = 0;
      predCount[w] = 0;
    }
  }
}

function sameLength(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(a, b);
}

/** A binary min-heap of (distance, node) with lazy deletion, in typed arrays. */
class DistanceHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[i] = keys[parent] as number;
      nodes[i] = nodes[parent] as number;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0] as number;
    const last = --this.length;
    const key = keys[last] as number;
    const node = nodes[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && (keys[child + 1] as number) < (keys[child] as number)) child++;
      if ((keys[child] as number) >= key) break;
      keys[i] = keys[child] as number;
      nodes[i] = nodes[child] as number;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }
}
