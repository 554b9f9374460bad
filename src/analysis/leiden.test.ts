import { describe, expect, it } from 'vitest';
import { AnalysisError } from './analysis-error.ts';
import { buildGraph } from './graph-builder.ts';
import { positiveLayer, symmetrise } from './layers.ts';
import { leiden } from './leiden.ts';
import { louvain } from './louvain.ts';
import { modularity } from './modularity.ts';
import { createRng } from './rng.ts';
import { syntheticCenter } from './synthetic-center.ts';
import {
  cliqueChain,
  disconnectedCommunities,
  erdosRenyi,
  plantedPartition,
} from './testing/community-graphs.ts';
import { fixtureGraph, loadFixture } from './testing/reference-fixtures.ts';

const groups = (membership: ArrayLike<number>) => {
  const byCommunity = new Map<number, number[]>();
  for (let v = 0; v < membership.length; v++) {
    const c = membership[v] as number;
    byCommunity.set(c, [...(byCommunity.get(c) ?? []), v]);
  }
  return [...byCommunity.values()];
};

describe('leiden: known partitions', () => {
  it('splits two 5-cliques joined by one tie into the two cliques', () => {
    const graph = cliqueChain(2, 5, false);
    for (const seed of [1, 2, 3]) {
      const result = leiden(graph, { rng: createRng(seed) });
      expect(groups(result.membership)).toEqual([
        [0, 1, 2, 3, 4],
        [5, 6, 7, 8, 9],
      ]);
      expect(result.modularity).toBeCloseTo(modularity(graph, result.membership) as number, 12);
    }
  });

  it('finds every clique of a ring of six 5-cliques (modularity 0.7424 beats merged pairs, 0.6212)', () => {
    const graph = cliqueChain(6, 5, true);
    const result = leiden(graph, { rng: createRng(7) });
    expect(groups(result.membership)).toEqual(
      Array.from({ length: 6 }, (_, c) => [0, 1, 2, 3, 4].map((i) => c * 5 + i)),
    );
    // Hand-computed: 6·(10/66 − (22/132)²).
    expect(result.modularity).toBeCloseTo(6 * (10 / 66 - (22 / 132) ** 2), 12);
  });

  it('reaches the best known modularity of Zachary’s karate club, 0.4449 (Brandes et al. 2008)', () => {
    const graph = fixtureGraph(loadFixture('karate'));
    const best = Math.max(
      ...[1, 2, 3, 4, 5].map((seed) => leiden(graph, { rng: createRng(seed) }).modularity as number),
    );
    expect(best).toBeCloseTo(0.444904, 5);
  });

  it('leaves a graph without ties as singletons with no modularity', () => {
    const graph = buildGraph({ nodes: ['a', 'b', 'c'], edges: [], directed: false });
    const result = leiden(graph);
    expect(Array.from(result.membership)).toEqual([0, 1, 2]);
    expect(result.count).toBe(3);
    expect(result.modularity).toBeNull();
    const none = leiden(buildGraph({ nodes: [], edges: [], directed: false }));
    expect(none.count).toBe(0);
  });

  it('keeps isolated nodes alone beside the communities of the rest', () => {
    const graph = buildGraph({
      nodes: ['a', 'b', 'c', 'lone', 'd', 'e', 'f', 'alone'],
      edges: [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['d', 'e'],
        ['e', 'f'],
        ['d', 'f'],
        ['c', 'd'],
      ].map(([source, target]) => ({ source: source as string, target: target as string })),
      directed: false,
    });
    const result = leiden(graph, { rng: createRng(5) });
    expect(groups(result.membership)).toEqual([[0, 1, 2], [3], [4, 5, 6], [7]]);
  });

  it('refuses a negative resolution or randomness', () => {
    const graph = cliqueChain(2, 3, false);
    expect(() => leiden(graph, { resolution: -1 })).toThrow(AnalysisError);
    expect(() => leiden(graph, { randomness: Number.NaN })).toThrow(RangeError);
  });
});

describe('leiden: every community is connected', () => {
  const cases = [
    ...[1, 2, 3, 4, 5, 6].map((seed) => ({
      name: `ER 300/600 #${seed}`,
      seed,
      graph: erdosRenyi(300, 600, seed, seed % 2 === 0),
    })),
    ...[1, 2].map((seed) => ({ name: `ER 1000/2500 #${seed}`, seed, graph: erdosRenyi(1000, 2500, seed) })),
    ...[1, 2, 3].map((seed) => ({
      name: `planted 8×15 #${seed}`,
      seed,
      graph: plantedPartition(8, 15, 0.3, 0.04, seed),
    })),
    ...[1, 2].map((seed) => ({
      name: `synthetic centre #${seed}`,
      seed,
      graph: positiveLayer(buildGraph(syntheticCenter({ rng: createRng(seed) }).input)),
    })),
  ];
  it.each(cases)('$name, at several resolutions and randomness', ({ graph, seed }) => {
    for (const resolution of [0.5, 1, 2]) {
      // θ = 100 makes refinement choose almost uniformly among merges that do not lose modularity.
      for (const randomness of [0, 0.01, 100]) {
        const result = leiden(graph, { resolution, randomness, rng: createRng(seed) });
        expect(disconnectedCommunities(graph, result.membership), `γ ${resolution} θ ${randomness}`).toEqual(
          [],
        );
      }
    }
  });

  it('splits the community Louvain leaves disconnected, and gains modularity', () => {
    // Found by searching small weighted graphs: Louvain with seed 1 puts 1–3 and 2–4 in one community
    // joined only through node 0, which then moved to the 9–12 group (Traag et al. 2019, Fig. 2).
    const ties = [
      [1, 3, 1],
      [2, 4, 3],
      [5, 6, 3],
      [5, 8, 3],
      [6, 7, 3],
      [6, 8, 2],
      [7, 8, 1],
      [9, 10, 3],
      [9, 11, 3],
      [9, 12, 1],
      [10, 12, 1],
      [11, 12, 3],
      [0, 1, 2],
      [0, 2, 1],
      [0, 4, 3],
      [0, 5, 2],
      [0, 6, 1],
      [0, 9, 3],
      [0, 10, 3],
      [0, 11, 2],
      [0, 12, 2],
    ];
    const graph = buildGraph({
      nodes: Array.from({ length: 13 }, (_, i) => String(i)),
      edges: ties.map(([a, b, weight]) => ({ source: String(a), target: String(b), weight })),
      directed: false,
    });
    const broken = louvain(graph, { rng: createRng(1) });
    expect(disconnectedCommunities(graph, broken.membership)).toHaveLength(1);
    for (let seed = 1; seed <= 10; seed++) {
      const result = leiden(graph, { rng: createRng(seed) });
      expect(disconnectedCommunities(graph, result.membership)).toEqual([]);
      expect(result.modularity).toBeGreaterThan(broken.modularity as number);
    }
  });

  it('keeps the bridge’s two sides apart when the bridge leaves for a denser group (Traag et al. Fig. 2)', () => {
    // Node 0 bridges two triangles {1,2,3} and {4,5,6}, and ties to the 6-clique {7…12} outweigh them.
    const edges = [
      ['1', '2'],
      ['2', '3'],
      ['1', '3'],
      ['4', '5'],
      ['5', '6'],
      ['4', '6'],
      ['0', '1'],
      ['0', '4'],
    ];
    const clique = ['7', '8', '9', '10', '11', '12'];
    for (const [i, a] of clique.entries()) {
      edges.push(['0', a]);
      for (const b of clique.slice(i + 1)) edges.push([a, b]);
    }
    const graph = buildGraph({
      nodes: ['0', '1', '2', '3', '4', '5', '6', ...clique],
      edges: edges.map(([source, target]) => ({ source: source as string, target: target as string })),
      directed: false,
    });
    for (let seed = 1; seed <= 20; seed++) {
      const result = leiden(graph, { rng: createRng(seed) });
      expect(disconnectedCommunities(graph, result.membership)).toEqual([]);
      const [, one, , , four] = result.membership;
      expect(one).not.toBe(four);
    }
  });
});

describe('leiden: quality against Louvain', () => {
  const fixtures = ['karate', 'florentine', 'les-miserables', 'davis-southern-women', 'directed-random'];
  it.each(fixtures)('%s: modularity at least Louvain’s − 0.005, the same as `modularity`', (name) => {
    const fixture = loadFixture(name);
    // Leiden reads a directed graph as undirected; compare on the undirected reading.
    const graph = symmetrise(fixtureGraph(fixture), 'sum');
    for (const seed of [1, 2, 3]) {
      const ours = leiden(graph, { rng: createRng(seed), weighted: fixture.weighted });
      const theirs = louvain(graph, { rng: createRng(seed), weighted: fixture.weighted });
      expect(ours.modularity).toBeGreaterThanOrEqual((theirs.modularity as number) - 0.005);
      expect(ours.modularity).toBeCloseTo(
        modularity(graph, ours.membership, { weighted: fixture.weighted }) as number,
        12,
      );
    }
  });

  it('synthetic centres: modularity at least Louvain’s − 0.005', () => {
    for (const seed of [1, 2, 3]) {
      const graph = positiveLayer(buildGraph(syntheticCenter({ rng: createRng(seed) }).input));
      const ours = leiden(graph, { rng: createRng(seed) });
      const theirs = louvain(graph, { rng: createRng(seed) });
      expect(ours.modularity).toBeGreaterThanOrEqual((theirs.modularity as number) - 0.005);
    }
  });

  it('reads a directed graph’s arcs as undirected ties', () => {
    const directed = fixtureGraph(loadFixture('directed-random'));
    const result = leiden(directed, { rng: createRng(1) });
    expect(result.modularity).toBeCloseTo(
      modularity(symmetrise(directed, 'sum'), result.membership) as number,
      12,
    );
  });
});

describe('leiden: seed and resolution', () => {
  const graph = positiveLayer(buildGraph(syntheticCenter({ rng: createRng(4) }).input));

  it('gives the same partition for the same seed, and stops after an iteration that changed nothing', () => {
    const a = leiden(graph, { rng: createRng(11) });
    const b = leiden(graph, { rng: createRng(11) });
    expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
    expect(a.iterations).toBeGreaterThanOrEqual(2);
    const capped = leiden(graph, { rng: createRng(11), maxIterations: 1 });
    expect(capped.iterations).toBe(1);
  });

  it('finds more, smaller communities as the resolution grows', () => {
    const count = (resolution: number) => leiden(graph, { resolution, rng: createRng(1) }).count;
    const counts = [0.25, 0.5, 1, 2, 4].map(count);
    for (let i = 1; i < counts.length; i++) {
      expect(counts[i] as number).toBeGreaterThanOrEqual(counts[i - 1] as number);
    }
    expect(counts[0] as number).toBeLessThan(counts[2] as number);
    expect(counts[2] as number).toBeLessThan(counts[4] as number);
    // γ = 0: nothing penalises size, so each connected component is one community.
    expect(leiden(cliqueChain(4, 4, false), { resolution: 0 }).count).toBe(1);
  });
});
