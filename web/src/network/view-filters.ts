import { type NetworkGraph, type TieFilter, tieVisible } from './graph-model.ts';

/** Each node's distinct neighbours over the ties the filter keeps (direction and multiplicity ignored). */
function neighbourSets(graph: NetworkGraph, filter: TieFilter): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  graph.forEachNode((node) => {
    out.set(node, new Set());
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target || !tieVisible(attrs.tie, filter)) return;
    out.get(source)!.add(target);
    out.get(target)!.add(source);
  });
  return out;
}

/**
 * Core number of every node over the ties the filter keeps, by bucket peeling (Batagelj & Zaversnik
 * 2003). Counted on distinct neighbours, so a pair tied three ways counts once: the k-core view then
 * keeps firms with k different partners, which is what a reader means by "well connected". (The stored
 * analysis' `core` counts a reciprocated pair twice and covers every tie ever recorded.)
 */
export function coreNumbers(graph: NetworkGraph, filter: TieFilter): Map<string, number> {
  const neighbours = neighbourSets(graph, filter);
  const degree = new Map<string, number>();
  const buckets: Set<string>[] = [];
  const bucket = (d: number) => {
    buckets[d] ??= new Set();
    return buckets[d];
  };
  for (const [node, set] of neighbours) {
    degree.set(node, set.size);
    bucket(set.size).add(node);
  }
  const core = new Map<string, number>();
  let d = 0;
  while (d < buckets.length) {
    const level = buckets[d];
    if (!level || level.size === 0) {
      d++;
      continue;
    }
    const node = level.values().next().value as string;
    level.delete(node);
    core.set(node, d);
    for (const other of neighbours.get(node)!) {
      if (core.has(other)) continue;
      const du = degree.get(other)!;
      if (du <= d) continue;
      buckets[du]!.delete(other);
      degree.set(other, du - 1);
      bucket(du - 1).add(other);
    }
  }
  return core;
}

/** The nodes whose core number is at least k. */
export function kCoreNodes(cores: ReadonlyMap<string, number>, k: number): Set<string> {
  const out = new Set<string>();
  for (const [node, core] of cores) if (core >= k) out.add(node);
  return out;
}

/** A node and every node within `depth` steps of it over the ties the filter keeps (its ego network). */
export function egoNodes(graph: NetworkGraph, filter: TieFilter, node: string, depth: number): Set<string> {
  const out = new Set<string>([node]);
  if (!graph.hasNode(node)) return out;
  let frontier = [node];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const current of frontier) {
      graph.forEachEdge(current, (_edge, attrs, source, target) => {
        if (!tieVisible(attrs.tie, filter)) return;
        const other = source === current ? target : source;
        if (out.has(other)) return;
        out.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return out;
}

/** The nodes both views keep: either may be null (no restriction). */
export function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((node) => b.has(node)));
}

/** The nodes with at least one tie the filter keeps: on a date, the firms already (or still) tied. */
export function tiedNodes(graph: NetworkGraph, filter: TieFilter): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (!tieVisible(attrs.tie, filter)) return;
    out.add(source);
    out.add(target);
  });
  return out;
}
