import { describe, expect, it } from 'vitest';
import type { Graph } from '../graph.ts';
import { buildGraph, type TieInput } from '../graph-builder.ts';
import { createRng, type Rng } from '../rng.ts';
import { syntheticCenter } from '../synthetic-center.ts';
import { frustration } from './frustration.ts';

function randomSignedGraph(rng: Rng, n: number, density: number, negativeShare: number): Graph {
  const nodes = Array.from({ length: n }, (_, i) => `v${i}`);
  const edges: TieInput[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (rng() < density)
        edges.push({ source: `v${i}`, target: `v${j}`, sign: rng() < negativeShare ? -1 : 1 });
    }
  }
  return buildGraph({ nodes, edges, directed: false });
}

// The oracle: every split, counted directly, independent of the library's own brute force.
function oracle(graph: Graph): number {
  const n = graph.order;
  let best = graph.size;
  for (let mask = 0; mask < 2 ** Math.max(0, n - 1); mask++) {
    const camp = (v: number) => (v > 0 && (mask >> (v - 1)) & 1 ? -1 : 1);
    let count = 0;
    for (let e = 0; e < graph.size; e++) {
      if (graph.edgeSign[e] !== camp(graph.edgeSource[e] as number) * camp(graph.edgeTarget[e] as number))
        count++;
    }
    best = Math.min(best, count);
  }
  return best;
}

function frustratedUnder(graph: Graph, camps: Int8Array): number {
  let count = 0;
  for (let e = 0; e < graph.size; e++) {
    const u = graph.edgeSource[e] as number;
    const v = graph.edgeTarget[e] as number;
    if (graph.edgeSign[e] !== (camps[u] as number) * (camps[v] as number)) count++;
  }
  return count;
}

describe('frustration index against brute force', () => {
  it('equals the minimum over all two-camp splits on 300 random graphs, by every solving path', () => {
    const rng = createRng(2024);
    for (let trial = 0; trial < 300; trial++) {
      const graph = randomSignedGraph(rng, 3 + Math.floor(rng() * 14), 0.15 + rng() * 0.6, rng());
      const truth = oracle(graph);
      // Default (brute force on small blocks), and forced local search + certificate + branch and bound.
      for (const bruteForceMaxNodes of [20, 0]) {
        const result = frustration(graph, { bruteForceMaxNodes, rng: createRng(trial) });
        expect(result.exact, `trial ${trial}`).toBe(true);
        expect(result.index, `trial ${trial}`).toBe(truth);
        expect(frustratedUnder(graph, result.camps)).toBe(truth);
        expect(result.frustratedTies.filter((tie) => tie.inCamps)).toHaveLength(truth);
      }
    }
  });

  it('proves optimality with branch and bound on graphs too large for brute force', () => {
    const rng = createRng(7);
    let searched = 0;
    for (let trial = 0; trial < 6; trial++) {
      const graph = randomSignedGraph(rng, 40, 0.12, 0.5);
      const result = frustration(graph, { rng: createRng(trial) });
      expect(result.exact).toBe(true);
      expect(result.lowerBound).toBe(result.index);
      expect(frustratedUnder(graph, result.camps)).toBe(result.index);
      searched += result.blocks.branchAndBound;
    }
    expect(searched).toBeGreaterThan(0);
  });

  it('reports bounds and a note instead of guessing when the budget runs out', () => {
    const graph = randomSignedGraph(createRng(11), 45, 0.12, 0.5);
    const result = frustration(graph, { budget: 50, rng: createRng(1) });
    expect(result.exact).toBe(false);
    expect(result.lowerBound).toBeLessThan(result.upperBound);
    expect(result.index).toBe(result.upperBound);
    expect(frustratedUnder(graph, result.camps)).toBe(result.upperBound);
    expect(result.note).toEqual({
      code: 'frustration_budget_exhausted',
      params: { lower: result.lowerBound, upper: result.upperBound },
    });
    const full = frustration(graph, { rng: createRng(1) });
    expect(full.exact).toBe(true);
    expect(full.index).toBeGreaterThanOrEqual(result.lowerBound);
    expect(full.index).toBeLessThanOrEqual(result.upperBound);
  });

  it('gives both bounds at once for a block over the size limit, and searches it when under', () => {
    const graph = randomSignedGraph(createRng(11), 45, 0.12, 0.5);
    const capped = frustration(graph, { branchAndBoundMaxNodes: 30, rng: createRng(1) });
    expect(capped.exact).toBe(false);
    expect(capped.expansions).toBe(0);
    expect(capped.blocks.unresolved).toBe(1);
    expect(capped.lowerBound).toBeLessThan(capped.upperBound);
    expect(frustratedUnder(graph, capped.camps)).toBe(capped.upperBound);
    expect(capped.note).toEqual({
      code: 'frustration_block_too_large',
      params: { lower: capped.lowerBound, upper: capped.upperBound, limit: 30 },
    });
    const searched = frustration(graph, { rng: createRng(1) });
    expect(searched.exact).toBe(true);
    expect(searched.blocks.branchAndBound).toBe(1);
    expect(searched.index).toBeGreaterThanOrEqual(capped.lowerBound);
    expect(searched.index).toBeLessThanOrEqual(capped.upperBound);
  });

  it('solves the 500-firm synthetic centre exactly, with a cycle-packing certificate', () => {
    const center = syntheticCenter({ rng: createRng(1) });
    const graph = buildGraph(center.input);
    const result = frustration(graph, { rng: createRng(1) });
    expect(graph.size).toBe(3000);
    expect(result.exact).toBe(true);
    expect(result.index).toBeGreaterThan(0);
    expect(result.blocks.unresolved).toBe(0);
    expect(frustratedUnder(graph, result.camps)).toBe(result.index);
  });

  it('keeps a tie that is frustrated in only some optima apart from unavoidable ones', () => {
    // A four-cycle with one conflict: any one of its four ties can be the frustrated one.
    const graph = buildGraph({
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'd' },
        { source: 'd', target: 'a', sign: -1 },
      ],
      directed: false,
    });
    const result = frustration(graph, { bruteForceMaxNodes: 0 });
    expect(result.index).toBe(1);
    expect(result.frustratedTies).toHaveLength(4);
    expect(result.frustratedTies.every((tie) => tie.frustratedIn === 'some')).toBe(true);
  });
});
