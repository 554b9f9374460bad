import { describe, expect, it } from 'vitest';
import { components } from './components.ts';
import { density } from './density.ts';
import { frustration } from './frustration/frustration.ts';
import { pnCentrality } from './pn-centrality.ts';
import { fixtureGraph, fixtureNames, loadFixture } from './testing/reference-fixtures.ts';
import { triangleBalance } from './triangle-balance.ts';

interface BruteForce {
  index: number;
  optima: number;
  in_all: number[];
  in_some: number[];
}

describe.each(fixtureNames('signed-'))('signed reference: %s', (name) => {
  const fixture = loadFixture(name);
  const graph = fixtureGraph(fixture);
  const expected = fixture.measures.frustration as BruteForce;
  const tieKey = (source: string, target: string) => [source, target].sort().join('|');
  const fixtureTies = fixture.edges.map(([source, target]) => tieKey(source, target));

  it('finds the frustration index and F = 1 − 2L/m', () => {
    const result = frustration(graph);
    expect(result.exact).toBe(true);
    expect(result.index).toBe(expected.index);
    expect(result.lowerBound).toBe(expected.index);
    expect(result.normalized).toBe(graph.size === 0 ? null : 1 - (2 * expected.index) / graph.size);
    expect(result.note).toBeNull();
  });

  it('returns camps that frustrate exactly L ties, and flags every optimum exactly', () => {
    const result = frustration(graph);
    let frustrated = 0;
    for (let e = 0; e < graph.size; e++) {
      const u = graph.edgeSource[e] as number;
      const v = graph.edgeTarget[e] as number;
      if (graph.edgeSign[e] !== (result.camps[u] as number) * (result.camps[v] as number)) frustrated++;
    }
    expect(frustrated).toBe(expected.index);
    const listed = result.frustratedTies.map((tie) => tieKey(tie.source, tie.target)).sort();
    expect(listed).toEqual(expected.in_some.map((i) => fixtureTies[i]).sort());
    const inAll = result.frustratedTies.filter((tie) => tie.frustratedIn === 'all');
    expect(inAll.map((tie) => tieKey(tie.source, tie.target)).sort()).toEqual(
      expected.in_all.map((i) => fixtureTies[i]).sort(),
    );
    expect(result.frustratedTies.filter((tie) => tie.inCamps)).toHaveLength(expected.index);
  });

  it('counts signed triangles', () => {
    const census = triangleBalance(graph).census;
    const want = fixture.measures.triangles as Record<string, number>;
    expect({ ppp: census.ppp, ppn: census.ppn, pnn: census.pnn, nnn: census.nnn }).toEqual(want);
  });

  it('matches density, components and PN centrality (NumPy solve)', () => {
    expect(density(graph)).toBeCloseTo(fixture.measures.density as number, 12);
    expect(components(graph).weak.count).toBe(fixture.measures.components);
    const pn = fixture.measures.pn_centrality as Record<string, number> | null;
    if (pn === null) return;
    const scores = pnCentrality(graph).out;
    graph.ids.forEach((id, i) => {
      expect(scores[i]).toBeCloseTo(pn[id] as number, 9);
    });
  });
});

describe('triangle balance ratios', () => {
  it('counts an all-negative triangle as weakly but not strictly balanced', () => {
    const graph = fixtureGraph(loadFixture('signed-all-negative-triangle'));
    expect(triangleBalance(graph)).toMatchObject({ balanced: 0, ratio: 0, weakRatio: 1 });
  });

  it('gives null ratios without triangles', () => {
    const graph = fixtureGraph(loadFixture('signed-single-tie'));
    expect(triangleBalance(graph)).toMatchObject({ ratio: null, weakRatio: null });
  });
});
