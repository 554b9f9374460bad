import { describe, expect, it } from 'vitest';
import { createRng, syntheticCenter } from '../../analysis/index.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import { centerBlockmodel, centerCommunities } from './center-groups.ts';

/** A synthetic centre (analysis/synthetic-center.ts) as the loader would give it: firms and dated ties. */
function syntheticNetwork(seed: number, firms: number, ties: number): CenterNetwork {
  const { input } = syntheticCenter({
    rng: createRng(seed),
    firms,
    ties,
    conflictWithinAssociation: 0.35,
  });
  return {
    centerId: `center-${seed}`,
    at: null,
    nodes: input.nodes.map((id) => ({
      id,
      kind: 'enterprise',
      label: id,
      regionCode: null,
      role: null,
      member: true,
      commodity: null,
      latitude: null,
      longitude: null,
    })),
    ties: input.edges.map((edge, i) => ({
      id: `tie-${String(i).padStart(5, '0')}`,
      source: edge.source,
      target: edge.target,
      type: edge.sign === -1 ? 'PRICE_UNDERCUTTING' : 'ORDER_SHARING',
      valence: edge.sign === -1 ? 'conflict' : 'collaboration',
      directed: false,
      startDate: '2020-01-01',
      endDate: null,
      strength: null,
      frequency: null,
      formality: 'informal',
      confidence: 'reported',
      legalPattern: null,
      confidential: false,
    })),
  };
}

describe('centerBlockmodel on centres beyond the exact search', () => {
  it('is never worse than the frustration index at k = 2, and equals it when L is exact', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const network = syntheticNetwork(seed, 80, 320);
      const model = centerBlockmodel(network, { k: 2, seed });
      expect(model.method).toBe('local-search');
      const L = model.frustration!.index;
      expect(model.inconsistencies.total, `seed ${seed}`).toBeLessThanOrEqual(L);
      if (model.frustration!.exact) expect(model.inconsistencies.total, `seed ${seed}`).toBe(L);
      expect(model.inconsistencies.weighted).toBe(model.inconsistencies.total / 2);
      // Every other k starts from the same split: never above L / 2 either.
      for (const k of [3, 4, 5, 6])
        expect(centerBlockmodel(network, { k, seed }).inconsistencies.weighted).toBeLessThanOrEqual(L / 2);
    }
  });

  it('gives the same positions for the same seed, and the image sums to the criterion', () => {
    const network = syntheticNetwork(9, 80, 320);
    const first = centerBlockmodel(network, { k: 4, seed: 11 });
    expect(centerBlockmodel(network, { k: 4, seed: 11 }).nodes).toEqual(first.nodes);
    const sum = first.image.reduce((total, cell) => total + cell.inconsistency, 0);
    expect(sum).toBeCloseTo(first.inconsistencies.weighted, 12);
    const pairs = first.image.reduce((total, cell) => total + cell.positive + cell.negative, 0);
    expect(pairs).toBe(new Set(network.ties.map((t) => [t.source, t.target].sort().join('|'))).size);
  });
});

describe('centerCommunities', () => {
  it('leaves no Leiden community disconnected at any resolution', () => {
    const network = syntheticNetwork(4, 120, 480);
    for (const resolution of [0.5, 1, 2, 4]) {
      const found = centerCommunities(network, { method: 'leiden', resolution, seed: 2 });
      expect(found.disconnected, `γ = ${resolution}`).toBe(0);
      expect(new Set(found.nodes.map((n) => n.community)).size).toBe(found.count);
    }
  });
});
