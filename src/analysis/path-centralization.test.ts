import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from './analyze-network.ts';
import { buildGraph } from './graph-builder.ts';
import { centralization } from './path-centralization.ts';
import { reciprocity } from './reciprocity.ts';
import { createRng } from './rng.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
const star = (n: number, directed = false) =>
  buildGraph({
    nodes: ids(n),
    edges: ids(n)
      .slice(1)
      .map((leaf) => ({ source: leaf, target: 'a' })),
    directed,
  });
const path = (n: number) =>
  buildGraph({
    nodes: ids(n),
    edges: ids(n)
      .slice(1)
      .map((id, i) => ({ source: ids(n)[i] as string, target: id })),
    directed: false,
  });

describe('Freeman centralization on hand-computed graphs', () => {
  it('is 1 on every measure for the undirected star, the graph that defines the maximum', () => {
    for (const n of [3, 5, 9]) {
      const result = centralization(star(n));
      expect(result.degree).toBeCloseTo(1, 12);
      expect(result.betweenness).toBeCloseTo(1, 12);
      expect(result.closeness).toBeCloseTo(1, 12);
      expect(result.inDegree).toBeNull();
    }
  });

  it('gives the hand-computed values of the path a–b–c–d–e', () => {
    // Degree k/(n−1): ¼, ½, ½, ½, ¼ → Σ(½ − c) = ½, ÷ (n−2) = 3 → 1/6.
    // Betweenness (NetworkX): b, d 3 pairs, c 4 pairs, × 2/((n−1)(n−2)) = 1/6 → ½, ⅔, ½; Σ = 5/3, ÷ 4 → 5/12.
    // Closeness 4/Σd: 0.4, 4/7, ⅔, 4/7, 0.4; Σ(⅔ − c) = 76/105, ÷ (4·3/7) → 19/45.
    const result = centralization(path(5));
    expect(result.degree).toBeCloseTo(1 / 6, 12);
    expect(result.betweenness).toBeCloseTo(5 / 12, 12);
    expect(result.closeness).toBeCloseTo(19 / 45, 12);
  });

  it('is 0 on a complete graph and null below three nodes', () => {
    const nodes = ids(5);
    const edges = nodes.flatMap((u, i) => nodes.slice(i + 1).map((v) => ({ source: u, target: v })));
    const result = centralization(buildGraph({ nodes, edges, directed: false }));
    expect(result).toMatchObject({ degree: 0, betweenness: 0, closeness: 0 });
    expect(centralization(path(2))).toEqual({
      degree: null,
      inDegree: null,
      outDegree: null,
      betweenness: null,
      closeness: null,
    });
  });

  it('splits in- and out-degree on a directed in-star (every leaf points at a)', () => {
    // In-degree: a 4/4, leaves 0 → Σ = 4, ÷ (n−1) → 1. Out-degree: leaves ¼, a 0 → ¼ ÷ 4 → 1/16.
    // Incoming closeness: a is reached by all at distance 1 (1), no one reaches a leaf (0) → 1.
    const result = centralization(star(5, true));
    expect(result.degree).toBeNull();
    expect(result.inDegree).toBeCloseTo(1, 12);
    expect(result.outDegree).toBeCloseTo(1 / 16, 12);
    expect(result.closeness).toBeCloseTo(1, 12);
    expect(result.betweenness).toBe(0);
  });

  it('stays within 0–1 on random graphs, disconnected and directed ones included', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 400; trial++) {
      const n = 3 + Math.floor(rng() * 8);
      const directed = trial % 2 === 1;
      const edges = [];
      for (const u of ids(n)) {
        for (const v of ids(n)) if (u !== v && rng() < 0.3) edges.push({ source: u, target: v });
      }
      const result = centralization(buildGraph({ nodes: ids(n), edges, directed }));
      for (const value of Object.values(result)) {
        if (value === null) continue;
        expect(value).toBeGreaterThanOrEqual(-1e-12);
        expect(value).toBeLessThanOrEqual(1 + 1e-12);
      }
    }
  });
});

describe('reciprocity and strength on hand-computed graphs', () => {
  it('counts a↔b and b→c as two of three arcs returned, one of two pairs mutual', () => {
    const graph = buildGraph({
      nodes: ['a', 'b', 'c'],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'b', target: 'c' },
      ],
      directed: true,
    });
    expect(reciprocity(graph)).toEqual({ edgeBased: 2 / 3, dyadBased: 1 / 2 });
  });

  it('reports strength split by sign, reciprocity and centralization in analyzeNetwork', () => {
    const graph = buildGraph({
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        { source: 'a', target: 'b', weight: 3 },
        { source: 'a', target: 'c', weight: 2 },
        { source: 'a', target: 'd', weight: 4, sign: -1 },
      ],
      directed: false,
    });
    const result = analyzeNetwork(graph, { metrics: ['strength', 'positiveStrength', 'negativeStrength'] });
    expect(result.nodes[0]).toMatchObject({ strength: 9, positiveStrength: 5, negativeStrength: 4 });
    expect(result.nodes[3]).toMatchObject({ strength: 4, positiveStrength: 0, negativeStrength: 4 });
    expect(result.graph.centralization).toBeNull();
    const all = analyzeNetwork(graph);
    expect(all.graph.reciprocity).toEqual({ edgeBased: 1, dyadBased: 1 });
    // Collaboration layer: a–b, a–c and d alone. Degree ⅔, ⅓, ⅓, 0 → Σ(⅔ − c) = 4/3, ÷ (n−2) = 2 → ⅔.
    expect(all.graph.centralization?.degree).toBeCloseTo(2 / 3, 12);
  });
});
