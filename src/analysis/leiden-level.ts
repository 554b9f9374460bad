/**
 * The graphs Leiden works on: the input read as undirected, then each aggregate whose nodes are the
 * previous level's refined communities (Traag, Waltman & van Eck 2019, "aggregation"). Ties inside an
 * aggregate node are dropped: no move can change them, and the node keeps them in its weight.
 */

import type { Graph } from './graph.ts';
import type { Workspace } from './leiden-workspace.ts';

/** One level in compressed sparse rows, with every node's weight (its strength, self-ties included). */
export interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  nodeWeight: Float64Array;
  /** Σ nodeWeight, i.e. 2m. */
  totalWeight: number;
}

/** The first level: every tie in both rows; a directed graph's arcs read as undirected ties. */
export function firstLevel(graph: Graph, weighted: boolean): Level {
  return graph.directed ? undirectedReading(graph, weighted) : fromRows(graph, weighted);
}

// An undirected graph's rows already hold every tie from both ends, sorted as the reading below would be.
function fromRows(graph: Graph, weighted: boolean): Level {
  const { offsets, targets } = graph.out;
  const weights = weighted ? graph.out.weights : new Float64Array(targets.length).fill(1);
  const n = graph.order;
  const nodeWeight = new Float64Array(n);
  let totalWeight = 0;
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let s = offsets[v] as number; s < (offsets[v + 1] as number); s++) sum += weights[s] as number;
    nodeWeight[v] = sum;
    totalWeight += sum;
  }
  return { n, offsets, targets, weights, nodeWeight, totalWeight };
}

function undirectedReading(graph: Graph, weighted: boolean): Level {
  const n = graph.order;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < graph.size; e++) {
    const u = (graph.edgeSource[e] as number) + 1;
    const v = (graph.edgeTarget[e] as number) + 1;
    offsets[u] = (offsets[u] as number) + 1;
    offsets[v] = (offsets[v] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  const nodeWeight = new Float64Array(n);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < graph.size; e++) {
    const u = graph.edgeSource[e] as number;
    const v = graph.edgeTarget[e] as number;
    const w = weighted ? (graph.edgeWeight[e] as number) : 1;
    const a = cursor[u] as number;
    const b = cursor[v] as number;
    cursor[u] = a + 1;
    cursor[v] = b + 1;
    targets[a] = v;
    weights[a] = w;
    targets[b] = u;
    weights[b] = w;
    nodeWeight[u] = (nodeWeight[u] as number) + w;
    nodeWeight[v] = (nodeWeight[v] as number) + w;
  }
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += nodeWeight[i] as number;
  return { n, offsets, targets, weights, nodeWeight, totalWeight };
}

/** The level whose node c is the set of nodes with `part[v] = c` (parts numbered 0…count−1). */
export function aggregate(level: Level, part: Int32Array, count: number, work: Workspace): Level {
  // Members of each part, grouped by a counting sort, so each part's row is written in one go.
  const start = new Int32Array(count + 1);
  for (let v = 0; v < level.n; v++) {
    const c = (part[v] as number) + 1;
    start[c] = (start[c] as number) + 1;
  }
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const { stack: members, size: fill, sum: toPart, touched } = work;
  fill.set(start.subarray(0, count));
  for (let v = 0; v < level.n; v++) {
    const c = part[v] as number;
    const at = fill[c] as number;
    fill[c] = at + 1;
    members[at] = v;
  }

  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(level.targets.length);
  const weights = new Float64Array(level.targets.length);
  const nodeWeight = new Float64Array(count);
  let slot = 0;
  for (let c = 0; c < count; c++) {
    let found = 0;
    for (let i = start[c] as number; i < (start[c + 1] as number); i++) {
      const v = members[i] as number;
      nodeWeight[c] = (nodeWeight[c] as number) + (level.nodeWeight[v] as number);
      for (let k = level.offsets[v] as number; k < (level.offsets[v + 1] as number); k++) {
        const d = part[level.targets[k] as number] as number;
        if (d === c) continue;
        // Tie weights are > 0, so a zero sum means d was not seen yet.
        const w = toPart[d] as number;
        if (w === 0) touched[found++] = d;
        toPart[d] = w + (level.weights[k] as number);
      }
    }
    for (let i = 0; i < found; i++) {
      const d = touched[i] as number;
      targets[slot] = d;
      weights[slot++] = toPart[d] as number;
      toPart[d] = 0;
    }
    offsets[c + 1] = slot;
  }
  return {
    n: count,
    offsets,
    targets: targets.subarray(0, slot),
    weights: weights.subarray(0, slot),
    nodeWeight,
    totalWeight: level.totalWeight,
  };
}

/** Renumbers `labels` in place to 0…k−1 in order of first appearance; returns k. */
export function renumber(labels: Int32Array): number {
  const ids = new Int32Array(labels.length).fill(-1);
  let next = 0;
  for (let v = 0; v < labels.length; v++) {
    const c = labels[v] as number;
    if (ids[c] === -1) ids[c] = next++;
    labels[v] = ids[c] as number;
  }
  return next;
}

/**
 * The connected pieces of every community (ties inside it only), numbered 0…k−1; returns k. Aggregating
 * on them instead of the communities keeps every aggregate node connected when refinement merged nothing.
 */
export function connectedPieces(level: Level, membership: Int32Array, piece: Int32Array): number {
  piece.fill(-1);
  const stack = new Int32Array(level.n);
  let count = 0;
  for (let s = 0; s < level.n; s++) {
    if ((piece[s] as number) !== -1) continue;
    piece[s] = count;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[--top] as number;
      for (let k = level.offsets[v] as number; k < (level.offsets[v + 1] as number); k++) {
        const u = level.targets[k] as number;
        if (piece[u] === -1 && membership[u] === membership[v]) {
          piece[u] = count;
          stack[top++] = u;
        }
      }
    }
    count++;
  }
  return count;
}
