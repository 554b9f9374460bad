/**
 * Expected values and standard deviations of the Gould–Fernandez roles under the permutation null: the
 * graph is kept, the broker keeps its group, and the other nodes' group labels are shuffled (every
 * arrangement with the same group sizes equally likely). This asks "does v broker between these groups
 * more than its own two-paths would by chance?", holding v's degree fixed, unlike sna's random-graph null
 * (`brokerage-null.ts`), under which a hub is a significant broker of every kind.
 *
 * Exact: a role count is a sum over v's open two-paths (a, c) of an indicator of the labels of a and c.
 * Its mean is |P|·Pr(role); its second moment needs, for each ordered pair of two-paths, the probability
 * that both fit the role, which depends only on how the two share nodes (the reverse pair, one shared
 * node in one of four positions, or none). Those probabilities come from the label counts (falling
 * factorials over set partitions of at most four nodes), the sharing counts from v's two-paths.
 */

import { type BrokerageOptions, brokerage, groupCensus } from './brokerage.ts';
import type { BROKERAGE_ROLES, BrokerageScore, BrokerageScores, RoleValues } from './brokerage-null.ts';
import { type Graph, hasEdge } from './graph.ts';

type FitRole = Exclude<(typeof BROKERAGE_ROLES)[number], 'total'>;
const FIT_ROLES: FitRole[] = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'];

// A label is -1 for the broker's group, else a block number (different numbers: different other groups).
function fits(role: FitRole, a: number, c: number): boolean {
  if (role === 'coordinator') return a === -1 && c === -1;
  if (role === 'itinerant') return a !== -1 && a === c;
  if (role === 'gatekeeper') return a !== -1 && c === -1;
  if (role === 'representative') return a === -1 && c !== -1;
  return a !== -1 && c !== -1 && a !== c;
}

const falling = (x: number, k: number) => {
  let r = 1;
  for (let t = 0; t < k; t++) r *= x - t;
  return r;
};

// Set partitions of k nodes as restricted growth strings.
function partitions(k: number): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], max: number) => {
    if (prefix.length === k) {
      out.push(prefix.slice());
      return;
    }
    for (let b = 0; b <= max + 1; b++) walk([...prefix, b], Math.max(max, b));
  };
  walk([], -1);
  return out;
}
const PARTITIONS = [0, 1, 2, 3, 4].map(partitions);

/**
 * Label patterns of k distinct nodes other than the broker, each with its probability: which nodes share
 * a group, and which (if any) share the broker's. `others` are the sizes of the other groups, `own` the
 * number of other nodes in the broker's group, `total` all nodes but the broker.
 */
function patterns(k: number, own: number, others: readonly number[], total: number) {
  const result: { labels: number[]; p: number }[] = [];
  const all = falling(total, k);
  if (all <= 0) return result;
  for (const blocks of PARTITIONS[k] as number[][]) {
    const count = Math.max(-1, ...blocks) + 1;
    const sizes = Array.from({ length: count }, (_, b) => blocks.filter((x) => x === b).length);
    for (let mine = -1; mine < count; mine++) {
      const rest = sizes.filter((_, b) => b !== mine);
      const ways = (mine >= 0 ? falling(own, sizes[mine] as number) : 1) * injective(rest, others);
      if (ways === 0) continue;
      const relabel = (b: number) => (b === mine ? -1 : b);
      result.push({ labels: blocks.map(relabel), p: ways / all });
    }
  }
  return result;
}

// Σ over assignments of distinct other groups to blocks of Π (group size)_(block size): a DP over groups.
function injective(sizes: readonly number[], groups: readonly number[]): number {
  const b = sizes.length;
  let ways = new Float64Array(1 << b);
  ways[0] = 1;
  for (const m of groups) {
    const next = ways.slice();
    for (let set = 0; set < 1 << b; set++) {
      const w = ways[set] as number;
      if (w === 0) continue;
      for (let t = 0; t < b; t++) {
        if (set & (1 << t)) continue;
        next[set | (1 << t)]! += w * falling(m, sizes[t] as number);
      }
    }
    ways = next;
  }
  return ways[(1 << b) - 1] as number;
}

/** Probabilities a broker of one group needs: one pair, and two pairs by how they share nodes. */
interface PairProbabilities {
  single: Record<FitRole, number>;
  reverse: Record<FitRole, number>;
  sameSource: Record<FitRole, number>;
  sameTarget: Record<FitRole, number>;
  chained: Record<FitRole, number>;
  disjoint: Record<FitRole, number>;
}

function pairProbabilities(sizes: readonly number[], group: number): PairProbabilities {
  const total = sizes.reduce((s, x) => s + x, 0) - 1;
  const own = (sizes[group] as number) - 1;
  const others = sizes.filter((_, j) => j !== group);
  const expect = (k: number, both: (l: number[], r: FitRole) => boolean) => {
    const list = patterns(k, own, others, total);
    return Object.fromEntries(
      FIT_ROLES.map((r) => [r, list.reduce((s, { labels, p }) => (both(labels, r) ? s + p : s), 0)]),
    ) as Record<FitRole, number>;
  };
  const f = (r: FitRole, x: number | undefined, y: number | undefined) => fits(r, x as number, y as number);
  return {
    single: expect(2, (l, r) => f(r, l[0], l[1])),
    // (a, c) and (c, a)
    reverse: expect(2, (l, r) => f(r, l[0], l[1]) && f(r, l[1], l[0])),
    // (a, c) and (a, c′)
    sameSource: expect(3, (l, r) => f(r, l[0], l[1]) && f(r, l[0], l[2])),
    // (a, c) and (a′, c)
    sameTarget: expect(3, (l, r) => f(r, l[0], l[1]) && f(r, l[2], l[1])),
    // (x, y) and (z, x): the first's source is the second's destination
    chained: expect(3, (l, r) => f(r, l[0], l[1]) && f(r, l[2], l[0])),
    disjoint: expect(4, (l, r) => f(r, l[0], l[1]) && f(r, l[2], l[3])),
  };
}

/** Brokerage scores under the permutation null (labels shuffled, sizes and graph kept); totals have no z. */
export function permutationBrokerageScores(graph: Graph, options: BrokerageOptions): BrokerageScores {
  const observed = brokerage(graph, options);
  const { codes, sizes, labels } = groupCensus(graph, options.groups);
  const byGroup = sizes.map((_, g) => pairProbabilities(sizes, g));
  const n = graph.order;
  const asSource = new Int32Array(n);
  const asTarget = new Int32Array(n);
  const inMark = new Int32Array(n).fill(-1);
  const outMark = new Int32Array(n).fill(-1);
  const { out, in: inn } = graph;
  const nodes: BrokerageScore[] = observed.map((roles, v) => {
    const touched: number[] = [];
    for (let i = inn.offsets[v] as number; i < (inn.offsets[v + 1] as number); i++)
      inMark[inn.targets[i] as number] = v;
    for (let j = out.offsets[v] as number; j < (out.offsets[v + 1] as number); j++)
      outMark[out.targets[j] as number] = v;
    let pairs = 0;
    let reverse = 0;
    for (let i = inn.offsets[v] as number; i < (inn.offsets[v + 1] as number); i++) {
      const a = inn.targets[i] as number;
      for (let j = out.offsets[v] as number; j < (out.offsets[v + 1] as number); j++) {
        const c = out.targets[j] as number;
        if (c === a || hasEdge(graph, a, c)) continue;
        pairs++;
        if (asSource[a] === 0 && asTarget[a] === 0) touched.push(a);
        if (asSource[c] === 0 && asTarget[c] === 0) touched.push(c);
        asSource[a]!++;
        asTarget[c]!++;
        if (inMark[c] === v && outMark[a] === v && !hasEdge(graph, c, a)) reverse++;
      }
    }
    let sameSource = 0;
    let sameTarget = 0;
    let chained = 0;
    for (const x of touched) {
      const s = asSource[x] as number;
      const t = asTarget[x] as number;
      sameSource += s * (s - 1);
      sameTarget += t * (t - 1);
      chained += s * t;
      asSource[x] = 0;
      asTarget[x] = 0;
    }
    chained -= reverse;
    const disjoint = pairs * (pairs - 1) - reverse - sameSource - sameTarget - 2 * chained;
    const p = byGroup[codes[v] as number] as PairProbabilities;
    const expected = { total: pairs } as RoleValues;
    const sd = { total: 0 } as RoleValues;
    const z = { total: null } as RoleValues<number | null>;
    for (const r of FIT_ROLES) {
      const mean = pairs * p.single[r];
      const square =
        mean +
        reverse * p.reverse[r] +
        sameSource * p.sameSource[r] +
        sameTarget * p.sameTarget[r] +
        2 * chained * p.chained[r] +
        disjoint * p.disjoint[r];
      expected[r] = mean;
      sd[r] = Math.sqrt(Math.max(0, square - mean * mean));
      z[r] = sd[r] > 1e-12 ? (roles[r] - mean) / sd[r] : null;
    }
    return { observed: roles, expected, sd, z };
  });
  const arcs = graph.directed ? graph.size : 2 * graph.size;
  return {
    density: n > 1 ? arcs / (n * (n - 1)) : 0,
    groups: labels.map((label, g) => ({ label, size: sizes[g] as number })),
    nodes,
  };
}
