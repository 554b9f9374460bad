import { describe, expect, it } from 'vitest';
import { BROKERAGE_ROLES, type BrokerageRole, brokerageMoments, brokerageScores } from './brokerage-null.ts';
import { buildGraph } from './graph-builder.ts';

// The role of the two-path a→v→c by the groups of a, v and c (written apart from brokerage.ts on purpose).
function roleOf(ga: number, gv: number, gc: number): BrokerageRole {
  if (ga === gv && gv === gc) return 'coordinator';
  if (ga === gc) return 'itinerant';
  if (gv === gc) return 'gatekeeper';
  if (ga === gv) return 'representative';
  return 'liaison';
}

/**
 * Exact mean and variance of broker v's role counts over every directed graph on `groups.length` nodes,
 * each weighted by d^arcs (1−d)^(non-arcs): the Bernoulli null model, enumerated.
 */
function enumerate(groups: number[], v: number, d: number) {
  const n = groups.length;
  const arcs: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let c = 0; c < n; c++) if (a !== c) arcs.push([a, c]);
  const bitOf = new Map(arcs.map(([a, c], k) => [a * n + c, k]));
  const bit = (a: number, c: number) => bitOf.get(a * n + c) as number;
  const mean = Object.fromEntries(BROKERAGE_ROLES.map((r) => [r, 0])) as Record<BrokerageRole, number>;
  const square = { ...mean };
  for (let mask = 0; mask < 2 ** arcs.length; mask++) {
    let ties = 0;
    for (let k = 0; k < arcs.length; k++) if (mask & (1 << k)) ties++;
    const weight = d ** ties * (1 - d) ** (arcs.length - ties);
    const has = (a: number, c: number) => (mask & (1 << bit(a, c))) !== 0;
    const counts = Object.fromEntries(BROKERAGE_ROLES.map((r) => [r, 0])) as Record<BrokerageRole, number>;
    for (let a = 0; a < n; a++) {
      for (let c = 0; c < n; c++) {
        if (a === c || a === v || c === v || !has(a, v) || !has(v, c) || has(a, c)) continue;
        counts[roleOf(groups[a] as number, groups[v] as number, groups[c] as number)]++;
        counts.total++;
      }
    }
    for (const r of BROKERAGE_ROLES) {
      mean[r] += weight * counts[r];
      square[r] += weight * counts[r] ** 2;
    }
  }
  const variance = Object.fromEntries(BROKERAGE_ROLES.map((r) => [r, square[r] - mean[r] ** 2]));
  return { mean, variance };
}

const sizesOf = (groups: number[]) => {
  const sizes: number[] = [];
  for (const g of groups) sizes[g] = (sizes[g] ?? 0) + 1;
  return sizes;
};

describe('brokerage expectations under the Bernoulli null (sna::brokerage)', () => {
  const cases: [string, number[], number][] = [
    ['one group', [0, 0, 0, 0], 0.5],
    ['two groups of two', [0, 0, 1, 1], 0.3],
    ['four singletons', [0, 1, 2, 3], 0.4],
    ['2 + 1 + 1', [0, 0, 1, 2], 0.65],
    ['2 + 2 + 1, five nodes', [0, 0, 1, 1, 2], 0.35],
  ];
  for (const [name, groups, d] of cases) {
    it(`equals the enumeration of every graph: ${name}, d = ${d}`, () => {
      const sizes = sizesOf(groups);
      for (const v of new Set(groups.map((g) => groups.indexOf(g)))) {
        const exact = enumerate(groups, v, d);
        const moments = brokerageMoments(sizes, groups[v] as number, d);
        for (const r of BROKERAGE_ROLES) {
          expect(moments.expected[r], `${r} mean of node ${v}`).toBeCloseTo(exact.mean[r], 10);
          expect(moments.variance[r], `${r} variance of node ${v}`).toBeCloseTo(
            exact.variance[r] as number,
            10,
          );
        }
      }
    }, 30_000);
  }

  it('matches a hand computation: four nodes in one group at d = ½', () => {
    // 6 ordered pairs, each brokered with p = ¼·½ = ⅛: E = ¾. Var = 6·⅛·⅞ + 2·3·2·1·(⅛·⅛) = 0.65625 + 0.1875.
    const m = brokerageMoments([4], 0, 0.5);
    expect(m.expected.coordinator).toBe(0.75);
    expect(m.variance.coordinator).toBeCloseTo(0.84375, 12);
    expect(m.expected.liaison).toBe(0);
    expect(m.variance.liaison).toBe(0);
  });

  it('scores a graph at its own density, with z = (observed − expected) / sd and null where sd is 0', () => {
    // a1 → v → b1, a2 → v → b2: v (group A) represents A towards B four times.
    const groups = { v: 'A', a1: 'A', a2: 'A', b1: 'B', b2: 'B' };
    const graph = buildGraph({
      nodes: Object.keys(groups),
      edges: [
        { source: 'a1', target: 'v' },
        { source: 'a2', target: 'v' },
        { source: 'v', target: 'b1' },
        { source: 'v', target: 'b2' },
      ],
      directed: true,
    });
    const scores = brokerageScores(graph, { groups });
    expect(scores.density).toBe(4 / 20);
    expect(scores.groups).toEqual([
      { label: 'A', size: 3 },
      { label: 'B', size: 2 },
    ]);
    const v = scores.nodes[graph.index.get('v') as number]!;
    expect(v.observed.representative).toBe(4);
    // Representative pairs for a broker of A: (3−1)·2 = 4, p = 0.04·0.8 = 0.032.
    expect(v.expected.representative).toBeCloseTo(0.128, 12);
    const sd = Math.sqrt(4 * 0.032 * 0.968 + (2 * 2 * 1 + 2 * 2 * 1) * 0.2 ** 3 * 0.8 ** 3);
    expect(v.sd.representative).toBeCloseTo(sd, 12);
    expect(v.z.representative).toBeCloseTo((4 - 0.128) / sd, 10);
    // A broker of B has no other B member to coordinate: no pair, sd 0, no z.
    const b1 = scores.nodes[graph.index.get('b1') as number]!;
    expect(b1.expected.coordinator).toBe(0);
    expect(b1.z.coordinator).toBeNull();
  });
});
