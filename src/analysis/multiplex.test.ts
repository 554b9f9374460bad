import { describe, expect, it } from 'vitest';
import { jaccard, multiplexLayers } from './multiplex.ts';

describe('multiplex layers', () => {
  // Five nodes, 10 possible pairs; hand-counted values in the comments.
  const nodes = ['a', 'b', 'c', 'd', 'e'];
  const ties = [
    { source: 'a', target: 'b', layer: 'maklun' },
    { source: 'b', target: 'a', layer: 'maklun' }, // the same pair the other way: counts once
    { source: 'b', target: 'c', layer: 'maklun' },
    { source: 'a', target: 'b', layer: 'knowledge' },
    { source: 'd', target: 'e', layer: 'knowledge' },
    { source: 'c', target: 'd', layer: 'conflict' },
    { source: 'c', target: 'x', layer: 'conflict' }, // x is not a node: left out
    { source: 'e', target: 'e', layer: 'conflict' }, // a self-tie: left out
  ];

  it('gives each layer its pairs, density, groups and active share', () => {
    const { layers } = multiplexLayers(nodes, ties);
    expect(layers).toEqual([
      // {ab, bc}: one group of a, b, c
      { layer: 'maklun', ties: 2, density: 0.2, components: 1, activeNodes: 3, activeShare: 0.6 },
      // {ab, de}: two groups
      { layer: 'knowledge', ties: 2, density: 0.2, components: 2, activeNodes: 4, activeShare: 0.8 },
      { layer: 'conflict', ties: 1, density: 0.1, components: 1, activeNodes: 2, activeShare: 0.4 },
    ]);
  });

  it('overlaps layers by the Jaccard index of their pair sets and counts multiplex pairs', () => {
    const summary = multiplexLayers(nodes, ties);
    // maklun ∩ knowledge = {ab}, ∪ = {ab, bc, de}
    expect(summary.overlap).toEqual([
      [1, 1 / 3, 0],
      [1 / 3, 1, 0],
      [0, 0, 1],
    ]);
    expect(summary.pairs).toBe(4); // ab, bc, de, cd
    expect(summary.multiplexPairs).toBe(1); // ab
  });

  it('reports a layer named in the order but without ties as empty', () => {
    const summary = multiplexLayers(nodes, ties, ['conflict', 'spin-off', 'maklun', 'knowledge']);
    expect(summary.layers.map((l) => l.layer)).toEqual(['conflict', 'spin-off', 'maklun', 'knowledge']);
    expect(summary.layers[1]).toEqual({
      layer: 'spin-off',
      ties: 0,
      density: 0,
      components: 0,
      activeNodes: 0,
      activeShare: 0,
    });
    expect(summary.overlap[1]).toEqual([0, null, 0, 0]);
  });

  it('has no densities or shares without nodes', () => {
    expect(multiplexLayers([], [], ['maklun']).layers[0]).toMatchObject({ density: 0, activeShare: null });
  });

  it('computes Jaccard on any sets', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4, 5]))).toBe(2 / 5);
    expect(jaccard(new Set(), new Set())).toBeNull();
  });
});
