import { describe, expect, it } from 'vitest';
import { brokerage } from './brokerage.ts';
import { permutationBrokerageScores } from './brokerage-permutation.ts';
import { buildGraph } from './graph-builder.ts';
import { createRng } from './rng.ts';

const ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]),
  );
}

function randomGraph(n: number, density: number, directed: boolean, seed: number) {
  const rng = createRng(seed);
  const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
  const edges: { source: string; target: string }[] = [];
  for (let a = 0; a < n; a++) {
    for (let c = directed ? 0 : a + 1; c < n; c++) {
      if (a !== c && rng() < density) edges.push({ source: nodes[a]!, target: nodes[c]! });
    }
  }
  return buildGraph({ nodes, edges, directed });
}

describe('brokerage under the permutation null (labels shuffled, graph and broker kept)', () => {
  const cases: [string, number, number, boolean, string[]][] = [
    ['undirected, 3 groups', 7, 0.5, false, ['A', 'A', 'A', 'B', 'B', 'C', 'C']],
    ['directed, 3 groups', 7, 0.45, true, ['A', 'B', 'A', 'C', 'B', 'A', 'C']],
    ['directed, 4 groups', 7, 0.6, true, ['A', 'B', 'C', 'D', 'A', 'B', 'A']],
    ['undirected, 2 groups', 6, 0.6, false, ['A', 'B', 'A', 'B', 'A', 'B']],
  ];
  cases.forEach(([name, n, density, directed, labels], k) => {
    it(`equals the enumeration of every arrangement of the other nodes' labels: ${name}`, () => {
      const graph = randomGraph(n, density, directed, 11 + k);
      const groups = Object.fromEntries(graph.ids.map((id, i) => [id, labels[i]!]));
      const scores = permutationBrokerageScores(graph, { groups });
      for (let v = 0; v < n; v++) {
        const rest = graph.ids.filter((_, i) => i !== v);
        const arrangements = permutations(rest.map((id) => groups[id]!));
        const sums = Object.fromEntries(ROLES.map((r) => [r, [0, 0]])) as Record<string, [number, number]>;
        for (const arrangement of arrangements) {
          const shuffled = {
            ...Object.fromEntries(rest.map((id, i) => [id, arrangement[i]!])),
            [graph.ids[v]!]: labels[v]!,
          };
          const roles = brokerage(graph, { groups: shuffled })[v]!;
          for (const r of ROLES) {
            sums[r]![0] += roles[r];
            sums[r]![1] += roles[r] ** 2;
          }
        }
        for (const r of ROLES) {
          const mean = sums[r]![0] / arrangements.length;
          const variance = sums[r]![1] / arrangements.length - mean ** 2;
          expect(scores.nodes[v]!.expected[r], `${r} mean of ${graph.ids[v]}`).toBeCloseTo(mean, 9);
          expect(scores.nodes[v]!.sd[r] ** 2, `${r} variance of ${graph.ids[v]}`).toBeCloseTo(variance, 9);
        }
        expect(scores.nodes[v]!.expected.total).toBe(scores.nodes[v]!.observed.total);
        expect(scores.nodes[v]!.z.total).toBeNull();
      }
    });
  });

  it('matches a hand computation: a star centre of group A with leaves A, A, B, B', () => {
    // Undirected star: 12 open ordered pairs among the 4 leaves; two of the four other labels are A.
    // Coordinator needs both ends A: Pr = (2·1)/(4·3) = 1/6, so E = 12/6 = 2.
    const graph = buildGraph({
      nodes: ['v', 'l1', 'l2', 'l3', 'l4'],
      edges: ['l1', 'l2', 'l3', 'l4'].map((l) => ({ source: 'v', target: l })),
      directed: false,
    });
    const groups = { v: 'A', l1: 'A', l2: 'A', l3: 'B', l4: 'B' };
    const v = permutationBrokerageScores(graph, { groups }).nodes[0]!;
    expect(v.expected.coordinator).toBeCloseTo(2, 12);
    // With labels fixed by the star's symmetry, every arrangement gives coordinator 2: variance 0.
    expect(v.sd.coordinator).toBeCloseTo(0, 9);
    expect(v.z.coordinator).toBeNull();
  });
});
