import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../analyze-network.ts';
import { buildGraph } from '../graph-builder.ts';
import { applyEdits } from './apply-edits.ts';
import { suggestResolutions, suggestTies } from './suggestions.ts';
import { WHAT_IF_METRICS, whatIfSummary } from './what-if-summary.ts';
import type { WhatIfNetwork } from './what-if-types.ts';

/** a–b+, b–c+, a–c− (an unbalanced triangle), c–d−, d–e+; f alone; K an institution. */
const network: WhatIfNetwork = {
  nodes: [
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, kind: 'firm' as const, member: true })),
    { id: 'K', kind: 'institution', member: false },
  ],
  ties: [
    { id: '1', source: 'a', target: 'b', sign: 1, type: 'X' },
    { id: '2', source: 'b', target: 'c', sign: 1, type: 'X' },
    { id: '3', source: 'a', target: 'c', sign: -1, type: 'Y' },
    { id: '4', source: 'c', target: 'd', sign: -1, type: 'Y' },
    { id: '5', source: 'd', target: 'e', sign: 1, type: 'X' },
  ],
};
const graphOf = (n: WhatIfNetwork) =>
  buildGraph({ nodes: n.nodes.map((x) => x.id), edges: n.ties, directed: false, weightRule: 'count' });
const summaryOf = (n: WhatIfNetwork) => {
  const graph = graphOf(n);
  return whatIfSummary(graph, analyzeNetwork(graph, { metrics: WHAT_IF_METRICS }));
};

describe('applyEdits', () => {
  it('mediates a conflict, takes a leaving firm out with its ties, and ties every member to an institution', () => {
    const out = applyEdits(network, [
      { action: 'resolveConflict', a: 'c', b: 'a' },
      { action: 'removeFirm', firm: 'e' },
      { action: 'joinInstitution', institution: 'K', type: 'J' },
    ]);
    if (!out.ok) throw new Error('refused');
    expect(out.changes.filter((c) => c.change === 'removed').map((c) => c.id)).toEqual(['3', '5']);
    expect(out.changes.filter((c) => c.change === 'added').map((c) => c.source)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'f',
    ]);
    expect(out.network.nodes.map((n) => n.id)).not.toContain('e');
    expect(network.ties).toHaveLength(5);
  });

  it('answers every problem as a value, naming the edit, field and node, and applies nothing', () => {
    const out = applyEdits(network, [
      { action: 'removeFirm', firm: 'K' },
      { action: 'addTie', a: 'a', b: 'zz', sign: 1, type: 'X' },
      { action: 'resolveConflict', a: 'a', b: 'b' },
      { action: 'removeFirm', firm: 'a' },
      { action: 'removeTie', a: 'a', b: 'b' },
    ]);
    expect(out).toEqual({
      ok: false,
      problems: [
        { edit: 0, field: 'firm', node: 'K', reason: 'not_a_firm' },
        { edit: 1, field: 'b', node: 'zz', reason: 'not_in_network' },
        { edit: 2, field: 'b', node: 'b', reason: 'no_conflict' },
        { edit: 4, field: 'a', node: 'a', reason: 'not_in_network' },
      ],
    });
  });
});

describe('whatIfSummary', () => {
  it('counts components of both views, the frustration with its camps, and the brokers', () => {
    const s = summaryOf(network);
    expect(s).toMatchObject({
      components: 3,
      collaborationComponents: 4,
      frustration: 1,
      frustrationExact: true,
    });
    expect(s.camps?.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const out = applyEdits(network, [{ action: 'resolveConflict', a: 'a', b: 'c' }]);
    if (!out.ok) throw new Error('refused');
    expect(summaryOf(out.network).frustration).toBe(0);
    expect(s.brokers.map((b) => b.id)).toEqual(['b']);
  });
});

describe('suggestions', () => {
  it('joins the larger groups first, through a shared institution or a common neighbour', () => {
    const graph = graphOf(network);
    const ties = suggestTies(graph, new Map([['K', ['e', 'f']]]), 5, (id) => id !== 'K');
    expect(ties[0]).toMatchObject({
      newlyConnectedPairs: 6,
      basis: 'common_neighbour',
      via: 'c',
      sizes: [3, 2],
    });
    expect(ties[1]).toMatchObject({ newlyConnectedPairs: 5, basis: 'same_institution', via: 'K' });
    expect(ties).toHaveLength(2);
  });

  it('ranks conflicts frustrated under the best split, each lowering the index by one', () => {
    const graph = graphOf(network);
    const balance = analyzeNetwork(graph, { metrics: ['balance'] }).graph.balance;
    if (!balance) throw new Error('no balance');
    const conflicts = suggestResolutions(
      graph,
      balance.frustration.index,
      balance.frustration.frustratedTies,
      5,
    );
    expect(conflicts.map((c) => [c.a, c.b].sort().join('–'))).toEqual(['a–c']);
    expect(conflicts[0]).toMatchObject({ frustrationBefore: 1, frustrationAfter: 0, unbalancedTriangles: 1 });
  });
});
