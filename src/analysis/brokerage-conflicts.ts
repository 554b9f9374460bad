/**
 * Conflict-aware brokerage (METHODS.md §2, "conflict-aware brokerage"): brokerage is counted on the
 * collaboration ties only, and for each broker this lists the pairs it brokers whose two parties are in
 * conflict with each other — a broker between rivals is a mediator, or a bridge that may not hold.
 */

import { edgeBetween, type Graph, hasEdge } from './graph.ts';
import { positiveLayer } from './layers.ts';

/** Conflicting parties one broker brokers between, as node ids (sorted within and across pairs). */
export interface BrokeredConflicts {
  /** Number of distinct conflicting pairs. */
  count: number;
  /** The first `limit` pairs. */
  pairs: [string, string][];
}

/** Options of `brokeredConflicts`. */
export interface BrokeredConflictOptions {
  /** Most pairs listed per broker (the count covers all); default 20. */
  limit?: number;
}

/**
 * For every node of the signed `graph` (indexed like `graph.ids`): the pairs {a, c} that it brokers on
 * collaboration ties (a→v→c positive, no positive tie a→c) while a and c have a conflict tie, either way.
 */
export function brokeredConflicts(graph: Graph, options: BrokeredConflictOptions = {}): BrokeredConflicts[] {
  const limit = options.limit ?? 20;
  const positive = positiveLayer(graph);
  const conflict = (a: number, c: number) => negativeTie(graph, a, c) || negativeTie(graph, c, a);
  const { out, in: inn } = positive;
  const result: BrokeredConflicts[] = [];
  for (let v = 0; v < graph.order; v++) {
    const seen = new Set<string>();
    const pairs: [string, string][] = [];
    for (let i = inn.offsets[v] as number; i < (inn.offsets[v + 1] as number); i++) {
      const a = inn.targets[i] as number;
      for (let j = out.offsets[v] as number; j < (out.offsets[v + 1] as number); j++) {
        const c = out.targets[j] as number;
        if (c === a || hasEdge(positive, a, c) || !conflict(a, c)) continue;
        const [x, y] = [graph.ids[a] as string, graph.ids[c] as string].sort() as [string, string];
        const key = `${x}\u0000${y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([x, y]);
      }
    }
    pairs.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
    result.push({ count: pairs.length, pairs: pairs.slice(0, limit) });
  }
  return result;
}

// A negative tie from a to c (both ways when undirected).
function negativeTie(graph: Graph, a: number, c: number): boolean {
  const e = edgeBetween(graph, a, c);
  return e >= 0 && (graph.edgeSign[e] as number) < 0;
}
