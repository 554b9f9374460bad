import { describe, expect, it } from 'vitest';
import { AnalysisError } from './analysis-error.ts';
import { degreeCentralization } from './centralization.ts';
import { degree } from './degree.ts';
import { edgeBetween, hasEdge } from './graph.ts';
import { buildGraph, GraphBuilder } from './graph-builder.ts';
import { negativeLayer, positiveLayer, symmetrise, toDirected } from './layers.ts';
import { reciprocity } from './reciprocity.ts';

const nodes = ['a', 'b', 'c', 'd'];

describe('buildGraph', () => {
  it('collapses parallel ties by the declared weight rule and drops self-loops', () => {
    const edges = [
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'a', weight: 3 },
      { source: 'a', target: 'b', weight: 1 },
      { source: 'c', target: 'c' },
      { source: 'c', target: 'd', weight: 4 },
    ];
    const sum = buildGraph({ nodes, edges, directed: false });
    expect(sum.size).toBe(2);
    expect(sum.edgeWeight[edgeBetween(sum, 0, 1)]).toBe(6);
    expect(sum.collapse).toEqual({
      weightRule: 'sum',
      inputTies: 5,
      parallelTies: 2,
      ambivalentDyads: 0,
      selfLoops: 1,
    });
    const max = buildGraph({ nodes, edges, directed: false, weightRule: 'max' });
    expect(max.edgeWeight[edgeBetween(max, 1, 0)]).toBe(3);
    const count = buildGraph({ nodes, edges, directed: false, weightRule: 'count' });
    expect(count.edgeWeight[edgeBetween(count, 0, 1)]).toBe(3);
    const directed = buildGraph({ nodes, edges, directed: true });
    expect(directed.size).toBe(3);
    expect(directed.edgeWeight[edgeBetween(directed, 0, 1)]).toBe(3);
    expect(directed.edgeWeight[edgeBetween(directed, 1, 0)]).toBe(3);
  });

  it('gives an ambivalent dyad the sign with more weight, a tie going negative, and counts it', () => {
    const graph = buildGraph({
      nodes,
      edges: [
        { source: 'a', target: 'b', weight: 3 },
        { source: 'a', target: 'b', sign: -1, weight: 2 },
        { source: 'c', target: 'd', weight: 2 },
        { source: 'd', target: 'c', sign: -1, weight: 2 },
      ],
      directed: false,
    });
    expect(graph.edgeSign[edgeBetween(graph, 0, 1)]).toBe(1);
    expect(graph.edgeWeight[edgeBetween(graph, 0, 1)]).toBe(3);
    expect(graph.edgeSign[edgeBetween(graph, 2, 3)]).toBe(-1);
    expect(graph.collapse.ambivalentDyads).toBe(2);
  });

  it('keeps rows sorted and in-ties apart for directed graphs', () => {
    const graph = buildGraph({
      nodes,
      edges: [
        { source: 'd', target: 'a' },
        { source: 'b', target: 'a' },
        { source: 'a', target: 'c' },
      ],
      directed: true,
    });
    const row = (adjacency: typeof graph.out, v: number) =>
      Array.from(adjacency.targets.subarray(adjacency.offsets[v], adjacency.offsets[v + 1]));
    expect(row(graph.in, 0)).toEqual([1, 3]);
    expect(row(graph.out, 0)).toEqual([2]);
    expect(hasEdge(graph, 0, 3)).toBe(false);
    expect(hasEdge(graph, 3, 0)).toBe(true);
  });

  it('rejects unknown nodes, repeated ids, bad weights and signs, all at once', () => {
    const builder = new GraphBuilder(false).addNode('a').addNode('a');
    builder.addEdge({ source: 'a', target: 'z', weight: -1 });
    builder.addEdge({ source: 'a', target: 'a', sign: 0 as 1 });
    try {
      builder.build();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AnalysisError);
      const problems = (error as AnalysisError<'invalid_input'>).params.problems;
      expect(problems.map((p) => p.code)).toEqual([
        'duplicate_node',
        'unknown_node',
        'invalid_weight',
        'invalid_sign',
      ]);
      expect(problems.map((d) => d.path)).toEqual([
        'nodes.1',
        'edges.0.target',
        'edges.0.weight',
        'edges.1.sign',
      ]);
    }
  });
});

describe('layers and views', () => {
  const signed = buildGraph({
    nodes,
    edges: [
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'a', sign: -1, weight: 5 },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd', sign: -1 },
    ],
    directed: true,
  });

  it('splits collaboration from conflict, keeping every node', () => {
    expect(positiveLayer(signed).size).toBe(2);
    expect(negativeLayer(signed).size).toBe(2);
    expect(positiveLayer(signed).order).toBe(4);
    expect(Array.from(negativeLayer(signed).edgeSign)).toEqual([-1, -1]);
  });

  it('symmetrises with the sign of more weight and counts the new ambivalent dyads', () => {
    const view = symmetrise(signed);
    expect(view.directed).toBe(false);
    expect(view.size).toBe(3);
    expect(view.edgeSign[edgeBetween(view, 0, 1)]).toBe(-1);
    expect(view.edgeWeight[edgeBetween(view, 0, 1)]).toBe(5);
    expect(view.collapse.ambivalentDyads).toBe(1);
    expect(toDirected(view).size).toBe(6);
  });

  it('splits degree by sign and computes reciprocity both ways', () => {
    const result = degree(signed);
    expect(Array.from(result.degree)).toEqual([2, 3, 2, 1]);
    expect(result.signedDegree[1]).toEqual({ positive: 2, negative: 1, net: 1, positiveShare: 2 / 3 });
    expect(result.signedStrength[0]).toEqual({ positive: 2, negative: 5, net: -3, positiveShare: 2 / 7 });
    expect(reciprocity(signed)).toEqual({ edgeBased: 0.5, dyadBased: 1 / 3 });
  });

  it('gives a star the maximal degree centralization', () => {
    const star = buildGraph({
      nodes,
      edges: ['b', 'c', 'd'].map((target) => ({ source: 'a', target })),
      directed: false,
    });
    expect(degreeCentralization(star).degree).toBeCloseTo(1, 12);
    const path = buildGraph({
      nodes,
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'd' },
      ],
      directed: false,
    });
    expect(degreeCentralization(path).degree).toBeCloseTo(1 / 3, 12);
  });
});
