import { describe, expect, it } from 'vitest';
import { brokeredConflicts } from './brokerage-conflicts.ts';
import { brokerageScores } from './brokerage-null.ts';
import { buildGraph } from './graph-builder.ts';
import { positiveLayer } from './layers.ts';

describe('conflict-aware brokerage', () => {
  // v collaborates with a, b and c; a and b undercut each other; b and c also collaborate directly.
  const graph = buildGraph({
    nodes: ['a', 'b', 'c', 'v'],
    edges: [
      { source: 'v', target: 'a', sign: 1 },
      { source: 'v', target: 'b', sign: 1 },
      { source: 'v', target: 'c', sign: 1 },
      { source: 'a', target: 'b', sign: -1 },
      { source: 'b', target: 'c', sign: 1 },
    ],
    directed: false,
  });
  const at = (id: string) => graph.index.get(id) as number;

  it('lists, per broker, the brokered pairs whose parties are in conflict, once per pair', () => {
    const conflicts = brokeredConflicts(graph);
    expect(conflicts[at('v')]).toEqual({ count: 1, pairs: [['a', 'b']] });
    expect(conflicts[at('b')]).toEqual({ count: 0, pairs: [] });
  });

  it('counts brokerage on collaboration ties only: the conflict a–b leaves a–v–b open', () => {
    const groups = { a: 'X', b: 'X', c: 'X', v: 'X' };
    const scores = brokerageScores(positiveLayer(graph), { groups });
    // v brokers a–b (both ways) and a–c (both ways); b–c are tied, so not brokered.
    expect(scores.nodes[at('v')]!.observed.coordinator).toBe(4);
  });

  it('keeps the count but lists at most `limit` pairs', () => {
    const star = buildGraph({
      nodes: ['v', 'a', 'b', 'c'],
      edges: [
        { source: 'v', target: 'a', sign: 1 },
        { source: 'v', target: 'b', sign: 1 },
        { source: 'v', target: 'c', sign: 1 },
        { source: 'a', target: 'b', sign: -1 },
        { source: 'a', target: 'c', sign: -1 },
        { source: 'b', target: 'c', sign: -1 },
      ],
      directed: false,
    });
    const v = brokeredConflicts(star, { limit: 2 })[star.index.get('v') as number];
    expect(v?.count).toBe(3);
    expect(v?.pairs).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });
});
