import { describe, expect, it } from 'vitest';
import { AnalysisError } from './analysis-error.ts';
import { NODE_METRICS } from './analysis-result.ts';
import { analyzeNetwork } from './analyze-network.ts';
import { betweenness } from './betweenness.ts';
import { buildGraph } from './graph-builder.ts';
import { positiveLayer } from './layers.ts';
import { createRng } from './rng.ts';
import { syntheticCenter } from './synthetic-center.ts';
import { expectClose, fixtureGraph, loadFixture, nodeMeasure } from './testing/reference-fixtures.ts';

describe('analyzeNetwork', () => {
  it('reproduces the NetworkX values of an unsigned graph in the CLI shape', () => {
    const fixture = loadFixture('karate');
    const graph = fixtureGraph(fixture);
    const result = analyzeNetwork(graph);
    expect(result.graph).toMatchObject({ nodes: 34, edges: 78, balance: null });
    expect(result.graph.components).toEqual({ count: 1, largestShare: 1, isolates: [], strong: null });
    const column = (name: (typeof NODE_METRICS)[number]) => result.nodes.map((node) => node[name]);
    expectClose(graph, column('betweenness'), nodeMeasure(fixture, 'betweenness'), 1e-9, 'betweenness');
    expectClose(graph, column('closeness'), nodeMeasure(fixture, 'closeness'), 1e-9, 'closeness');
    expectClose(graph, column('harmonic'), nodeMeasure(fixture, 'harmonic'), 1e-9, 'harmonic');
    expectClose(graph, column('pagerank'), nodeMeasure(fixture, 'pagerank'), 1e-9, 'pagerank');
    expectClose(graph, column('eigenvector'), nodeMeasure(fixture, 'eigenvector'), 1e-9, 'eigenvector');
    expectClose(graph, column('constraint'), nodeMeasure(fixture, 'constraint'), 1e-9, 'constraint');
    expect(result.nodes[0]).toMatchObject({ id: '0', degree: 16, core: 4 });
    expect(result.graph.modularity).toBeGreaterThanOrEqual(
      (fixture.measures.louvain_best_modularity as number) - 0.02,
    );
    expect(new Set(column('community')).size).toBe(result.graph.communities);
  });

  it('runs Leiden when asked, at the chosen resolution, and reports the settings', () => {
    const graph = fixtureGraph(loadFixture('karate'));
    const leiden = analyzeNetwork(graph, { communities: 'leiden', resolution: 1, seed: 2 });
    expect(leiden.graph.communityMethod).toEqual({ method: 'leiden', resolution: 1, seed: 2 });
    expect(leiden.graph.modularity).toBeCloseTo(0.444904, 5);
    expect(new Set(leiden.nodes.map((node) => node.community)).size).toBe(leiden.graph.communities);
    const louvain = analyzeNetwork(graph, { seed: 2 });
    expect(louvain.graph.communityMethod).toEqual({ method: 'louvain', resolution: 1, seed: 2 });
    const fine = analyzeNetwork(graph, { communities: 'leiden', resolution: 2, metrics: ['communities'] });
    expect(fine.graph.communities).toBeGreaterThan(leiden.graph.communities as number);
    expect(() => analyzeNetwork(graph, { resolution: -0.5 })).toThrow(AnalysisError);
  });

  it('computes only the requested metrics and leaves the rest null', () => {
    const graph = fixtureGraph(loadFixture('florentine'));
    const result = analyzeNetwork(graph, { metrics: ['betweenness', 'density'] });
    expect(result.graph).toEqual({
      nodes: 15,
      edges: 20,
      density: 20 / 105,
      components: null,
      modularity: null,
      communities: null,
      communityMethod: null,
      balance: null,
      reciprocity: null,
      centralization: null,
    });
    for (const node of result.nodes) {
      expect(node.betweenness).not.toBeNull();
      for (const name of NODE_METRICS) if (name !== 'betweenness') expect(node[name]).toBeNull();
    }
    expect(result.convergence).toEqual({ eigenvector: null, pagerank: null });
    expect(() => analyzeNetwork(graph, { metrics: ['nonsense' as 'density'] })).toThrow(AnalysisError);
  });

  it('states the stopping rule and the steps of eigenvector centrality and PageRank', () => {
    const result = analyzeNetwork(fixtureGraph(loadFixture('les-miserables')), {
      metrics: ['eigenvector', 'pagerank'],
    });
    for (const measure of [result.convergence.eigenvector, result.convergence.pagerank]) {
      expect(measure).toMatchObject({ tolerance: 1e-13, maxIterations: 10_000, converged: true });
      // Stopped by the check, long before the cap.
      expect(measure?.iterations).toBeGreaterThan(10);
      expect(measure?.iterations).toBeLessThan(500);
    }
    const capped = analyzeNetwork(fixtureGraph(loadFixture('karate')), { metrics: ['pagerank'] });
    expect(capped.convergence.pagerank?.iterations).toBeLessThan(10_000);
  });

  it('runs path measures on the collaboration layer and balance on the signed view', () => {
    const center = syntheticCenter({ rng: createRng(3), firms: 120, ties: 600 });
    const graph = buildGraph(center.input);
    const result = analyzeNetwork(graph, { seed: 5 });
    const expected = betweenness(positiveLayer(graph));
    result.nodes.forEach((node, i) => {
      expect(node.betweenness).toBeCloseTo(expected[i] as number, 12);
    });
    expect(result.graph.edges).toBe(600);
    const balance = result.graph.balance;
    expect(balance?.frustrationExact).toBe(true);
    expect(balance?.frustration.lowerBound).toBe(balance?.frustration.index);
    expect((balance?.camps[0].length ?? 0) + (balance?.camps[1].length ?? 0)).toBe(120);
    expect(balance?.triangles.total).toBe(
      (balance?.triangles.ppp ?? 0) +
        (balance?.triangles.ppn ?? 0) +
        (balance?.triangles.pnn ?? 0) +
        (balance?.triangles.nnn ?? 0),
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('leaves conflict ties out entirely when asked for an unsigned analysis', () => {
    const graph = fixtureGraph(loadFixture('signed-unbalanced'));
    const result = analyzeNetwork(graph, { signed: false, metrics: ['degree', 'balance', 'density'] });
    expect(result.graph.balance).toBeNull();
    expect(result.graph.edges).toBe(positiveLayer(graph).size);
    expect(result.nodes.find((node) => node.id === 'a')?.degree).toBe(2);
  });

  it('gives null for undefined scores and survives an empty graph', () => {
    const isolates = fixtureGraph(loadFixture('signed-isolates'));
    const result = analyzeNetwork(isolates);
    expect(result.nodes.find((node) => node.id === 'f')).toMatchObject({
      constraint: null,
      effectiveSize: null,
      degree: 0,
    });
    expect(result.graph.components?.isolates).toEqual(['d', 'e', 'f']);
    const empty = analyzeNetwork(buildGraph({ nodes: [], edges: [], directed: false }));
    expect(empty.nodes).toEqual([]);
    expect(empty.graph).toMatchObject({ nodes: 0, edges: 0, density: 0, modularity: null, communities: 0 });
  });

  it('symmetrises a directed graph when asked to analyse it as undirected', () => {
    const graph = fixtureGraph(loadFixture('directed-random'));
    const result = analyzeNetwork(graph, { directed: false, metrics: ['density', 'components'] });
    expect(result.graph.components?.strong).toBeNull();
    expect(result.graph.edges).toBeLessThan(graph.size);
  });
});
