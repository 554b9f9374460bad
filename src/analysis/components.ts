/**
 * Connected components: weak (ties read both ways) and, for directed graphs, strong.
 *
 * Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation.
 * Communications of the ACM 16(6), 372–378 (search-based components); Tarjan, R. (1972). Depth-first
 * search and linear graph algorithms. SIAM Journal on Computing 1(2), 146–160 (strong components,
 * here without recursion so that long chains cannot overflow the stack).
 */

import type { Graph } from './graph.ts';

/** One partition into components. */
export interface ComponentSummary {
  count: number;
  /** Size of the largest component over n; null for the empty graph. */
  largestShare: number | null;
  /** Component index of every node, components numbered by their lowest node index. */
  membership: Int32Array;
  sizes: number[];
}

/** Weak (connected, when undirected) and strong components, plus the isolates. */
export interface Components {
  weak: ComponentSummary;
  /** Null for undirected graphs. */
  strong: ComponentSummary | null;
  /** Ids of nodes without any tie. */
  isolates: string[];
}

/** Components of `graph`. */
export function components(graph: Graph): Components {
  const isolates: string[] = [];
  for (let v = 0; v < graph.order; v++) {
    const outDegree = (graph.out.offsets[v + 1] as number) - (graph.out.offsets[v] as number);
    const inDegree = (graph.in.offsets[v + 1] as number) - (graph.in.offsets[v] as number);
    if (outDegree + inDegree === 0) isolates.push(graph.ids[v] as string);
  }
  return {
    weak: weakComponents(graph),
    strong: graph.directed ? strongComponents(graph) : null,
    isolates,
  };
}

function summarise(membership: Int32Array, count: number): ComponentSummary {
  const sizes = new Array<number>(count).fill(0);
  for (const c of membership) sizes[c] = (sizes[c] as number) + 1;
  const n = membership.length;
  const largest = sizes.reduce((a, b) => Math.max(a, b), 0);
  return { count, largestShare: n === 0 ? null : largest / n, membership, sizes };
}

/** Weakly connected components (connected components when undirected). */
export function weakComponents(graph: Graph): ComponentSummary {
  const n = graph.order;
  const membership = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  const rows = graph.directed ? [graph.out, graph.in] : [graph.out];
  for (let root = 0; root < n; root++) {
    if (membership[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    membership[root] = count;
    while (top > 0) {
      const v = stack[--top] as number;
      for (const row of rows) {
        for (let k = row.offsets[v] as number; k < (row.offsets[v + 1] as number); k++) {
          const w = row.targets[k] as number;
          if (membership[w] === -1) {
            membership[w] = count;
            stack[top++] = w;
          }
        }
      }
    }
    count++;
  }
  return summarise(membership, count);
}

/** Strongly connected components (Tarjan), numbered in order of their lowest node index. */
export function strongComponents(graph: Graph): ComponentSummary {
  const n = graph.order;
  const { offsets, targets } = graph.out;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const raw = new Int32Array(n);
  let top = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = offsets[root] as number;
    index[root] = low[root] = counter++;
    stack[top++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth] as number;
      const k = callEdge[depth] as number;
      if (k < (offsets[v + 1] as number)) {
        callEdge[depth] = k + 1;
        const w = targets[k] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[top++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = offsets[w] as number;
        } else if (onStack[w] === 1) {
          low[v] = Math.min(low[v] as number, index[w] as number);
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--top] as number;
          onStack[w] = 0;
          raw[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth] as number;
        low[parent] = Math.min(low[parent] as number, low[v] as number);
      }
    }
  }
  // Renumber by lowest node index so results do not depend on the search order.
  const renumber = new Int32Array(count).fill(-1);
  let next = 0;
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const c = raw[v] as number;
    if (renumber[c] === -1) renumber[c] = next++;
    membership[v] = renumber[c] as number;
  }
  return summarise(membership, count);
}
