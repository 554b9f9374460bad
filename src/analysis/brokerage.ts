/**
 * Gould–Fernandez brokerage roles.
 *
 * Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage in
 * transaction networks. Sociological Methodology 19, 89–126. As R `sna::brokerage` (raw counts):
 * v brokers a→v→c when a ≠ c and there is no tie a→c, classified by the groups of a, v and c.
 * Undirected ties count both ways, so a–v–c is both a→v→c and c→v→a.
 */

import { invalidInput } from './analysis-error.ts';
import { type Graph, hasEdge } from './graph.ts';

/** Role counts of one node. */
export interface BrokerageRoles {
  /** w_I: a, v and c in one group. */
  coordinator: number;
  /** w_O: a and c in one group, v outside it. */
  itinerant: number;
  /** b_OI: v and c in one group, a outside it. */
  gatekeeper: number;
  /** b_IO: a and v in one group, c outside it. */
  representative: number;
  /** b_O: three different groups. */
  liaison: number;
  total: number;
}

/** Options for `brokerage`: the group (product line, village, cooperative…) of every node id. */
export interface BrokerageOptions {
  groups: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/** Brokerage role counts of every node, indexed like `graph.ids`. */
export function brokerage(graph: Graph, options: BrokerageOptions): BrokerageRoles[] {
  const group = groupIndex(graph, options.groups);
  const n = graph.order;
  const { out, in: inn } = graph;
  const roles: BrokerageRoles[] = [];
  for (let v = 0; v < n; v++) {
    const counts = { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0, total: 0 };
    const gv = group[v] as number;
    for (let i = inn.offsets[v] as number; i < (inn.offsets[v + 1] as number); i++) {
      const a = inn.targets[i] as number;
      const ga = group[a] as number;
      for (let j = out.offsets[v] as number; j < (out.offsets[v + 1] as number); j++) {
        const c = out.targets[j] as number;
        if (c === a || hasEdge(graph, a, c)) continue;
        const gc = group[c] as number;
        if (ga === gv && gv === gc) counts.coordinator++;
        else if (ga === gc) counts.itinerant++;
        else if (gv === gc) counts.gatekeeper++;
        else if (ga === gv) counts.representative++;
        else counts.liaison++;
        counts.total++;
      }
    }
    roles.push(counts);
  }
  return roles;
}

/** Each node's group as a dense code 0…k−1 (first seen first), refusing nodes without a group. */
export function groupIndex(graph: Graph, groups: BrokerageOptions['groups']): Int32Array {
  const lookup = groups instanceof Map ? groups : new Map(Object.entries(groups));
  const codes = new Map<string, number>();
  const result = new Int32Array(graph.order);
  const missing: string[] = [];
  graph.ids.forEach((id, i) => {
    const label = lookup.get(id);
    if (label === undefined) {
      missing.push(id);
      return;
    }
    if (!codes.has(label)) codes.set(label, codes.size);
    result[i] = codes.get(label) as number;
  });
  if (missing.length > 0) {
    throw invalidInput(
      missing.map((id) => ({ code: 'missing_group', path: `groups.${id}`, params: { node: id } })),
    );
  }
  return result;
}

/** Each node's group code (`groupIndex`), and each group's label and size, in order of first appearance. */
export function groupCensus(
  graph: Graph,
  groups: BrokerageOptions['groups'],
): { codes: Int32Array; sizes: number[]; labels: string[] } {
  const codes = groupIndex(graph, groups);
  const lookup = groups instanceof Map ? groups : new Map(Object.entries(groups));
  const sizes: number[] = [];
  const labels: string[] = [];
  graph.ids.forEach((id, i) => {
    const code = codes[i] as number;
    if (sizes[code] === undefined) {
      sizes[code] = 0;
      labels[code] = lookup.get(id) as string;
    }
    sizes[code]++;
  });
  return { codes, sizes, labels };
}
