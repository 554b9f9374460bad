import { describe, expect, it } from 'vitest';
import { AnalysisError } from './analysis-error.ts';
import { brokerage } from './brokerage.ts';
import { buildGraph } from './graph-builder.ts';

describe('Gould–Fernandez brokerage', () => {
  // Groups: A = {a1, a2, v}, B = {b1}, C = {c1}.
  const groups = { a1: 'A', a2: 'A', v: 'A', b1: 'B', c1: 'C', b2: 'B' };
  const nodes = Object.keys(groups);

  it('classifies each open two-path through v by the groups of its ends', () => {
    const graph = buildGraph({
      nodes,
      edges: [
        { source: 'a1', target: 'v' }, // a1→v→a2: coordinator
        { source: 'v', target: 'a2' },
        { source: 'b1', target: 'v' }, // b1→v→a2: gatekeeper; b1→v→b2: itinerant; b1→v→c1: liaison
        { source: 'v', target: 'b2' }, // a1→v→b2: representative
        { source: 'v', target: 'c1' }, // a1→v→c1: representative
        { source: 'a1', target: 'c1' }, // closes a1→v→c1, which no longer counts
      ],
      directed: true,
    });
    const v = graph.index.get('v') as number;
    expect(brokerage(graph, { groups })[v]).toEqual({
      coordinator: 1,
      itinerant: 1,
      gatekeeper: 1,
      representative: 1,
      liaison: 1,
      total: 5,
    });
  });

  it('counts an undirected two-path both ways', () => {
    const graph = buildGraph({
      nodes,
      edges: [
        { source: 'b1', target: 'v' },
        { source: 'v', target: 'a1' },
      ],
      directed: false,
    });
    const v = graph.index.get('v') as number;
    expect(brokerage(graph, { groups: new Map(Object.entries(groups)) })[v]).toMatchObject({
      gatekeeper: 1,
      representative: 1,
      total: 2,
    });
  });

  it('refuses nodes without a group', () => {
    const graph = buildGraph({ nodes: ['x', 'y'], edges: [], directed: true });
    expect(() => brokerage(graph, { groups: { x: 'A' } })).toThrow(AnalysisError);
  });
});
