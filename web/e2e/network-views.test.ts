import { describe, expect, it } from 'vitest';
import type { Valence } from '../../src/interactions/interactions.schema.ts';
import type { NodeMeasures } from '../../src/networks/analysis/analysis.schema.ts';
import { collapseCommunities } from '../src/network/community-view.ts';
import { buildGraph, type TieFilter } from '../src/network/graph-model.ts';
import { coreNumbers, egoNodes, kCoreNodes } from '../src/network/view-filters.ts';
import { firmNode, syntheticId, syntheticTie } from './synthetic-network.ts';

// The big-network views without a browser: a K4 (community 0), a triangle (community 1) bridged to it by
// a collaboration and a conflict, and a pendant firm with no community.
const ids = 'ABCDEFGH'.split('');
const id = (name: string) => syntheticId(1, ids.indexOf(name));
const pairs: [string, string, Valence, string?][] = [
  ['A', 'B', 'collaboration'],
  ['A', 'C', 'collaboration'],
  ['A', 'D', 'collaboration'],
  ['B', 'C', 'collaboration'],
  ['B', 'D', 'collaboration'],
  ['C', 'D', 'collaboration', '2023-01-01'],
  ['E', 'F', 'collaboration'],
  ['E', 'G', 'collaboration'],
  ['F', 'G', 'conflict'],
  ['D', 'E', 'collaboration'],
  ['C', 'F', 'conflict'],
  ['H', 'A', 'collaboration'],
];
const network = {
  centerId: syntheticId(9, 0),
  at: null,
  nodes: ids.map((name) => firmNode(id(name), name)),
  ties: pairs.map(([a, b, valence, startDate], k) =>
    syntheticTie({
      id: syntheticId(2, k),
      source: id(a),
      target: id(b),
      valence,
      directed: false,
      startDate,
    }),
  ),
};
const community: Record<string, number | null> = { A: 0, B: 0, C: 0, D: 0, E: 1, F: 1, G: 1, H: null };

function graph() {
  const g = buildGraph(network, null);
  for (const name of ids)
    g.setNodeAttribute(id(name), 'measures', { community: community[name] } as unknown as NodeMeasures);
  return g;
}
const all: TieFilter = {
  valences: new Set(['collaboration', 'conflict', 'coopetition']),
  types: new Set(),
  at: null,
};
const byName = (set: Iterable<string>) => [...set].map((n) => ids[Number(n.slice(-12))]).sort();

describe('big-network views', () => {
  it('counts core numbers on distinct partners, over the ties the filter keeps', () => {
    const g = graph();
    const cores = coreNumbers(g, all);
    expect(ids.map((n) => cores.get(id(n)))).toEqual([3, 3, 3, 3, 2, 2, 2, 1]);
    expect(byName(kCoreNodes(cores, 3))).toEqual(['A', 'B', 'C', 'D']);
    // Before C–D started, the K4 is a K4 minus an edge: its core is 2.
    const early = coreNumbers(g, { ...all, at: '2022-06-01' });
    expect(early.get(id('A'))).toBe(2);
    // Conflicts left out: F–G and C–F go, F keeps only E.
    expect(coreNumbers(g, { ...all, valences: new Set(['collaboration']) }).get(id('F'))).toBe(1);
  });

  it('keeps a node and its neighbours at distance 1 or 2', () => {
    const g = graph();
    expect(byName(egoNodes(g, all, id('H'), 1))).toEqual(['A', 'H']);
    expect(byName(egoNodes(g, all, id('H'), 2))).toEqual(['A', 'B', 'C', 'D', 'H']);
  });

  it('collapses communities into sized nodes with summed ties, and opens one', () => {
    const g = graph();
    const label = (n: number, members: number) => `C${n}:${members}`;
    const summary = collapseCommunities(g, all, new Set(), label);
    expect(summary.nodes().sort()).toEqual(['community:0', 'community:1', id('H')].sort());
    expect(summary.getNodeAttribute('community:0', 'label')).toBe('C0:4');
    expect(summary.getNodeAttribute('community:0', 'meta')).toEqual({ community: 0, members: 4 });
    // D–E collaboration and C–F conflict: two ties, net zero, drawn amber.
    const between = summary.edges('community:0', 'community:1');
    expect(between).toHaveLength(1);
    expect(summary.getEdgeAttribute(between[0]!, 'count')).toBe(2);
    expect(summary.getEdgeAttribute(between[0]!, 'tie').valence).toBe('coopetition');
    expect(summary.size).toBe(2);

    const opened = collapseCommunities(g, all, new Set([1]), label);
    expect(opened.hasNode(id('E'))).toBe(true);
    expect(opened.hasNode('community:1')).toBe(false);
    // E, F, G keep their own three ties; the K4 reaches E (collaboration) and F (conflict) as summaries.
    expect(opened.edges(id('F'), id('G'))).toHaveLength(1);
    const toF = opened.edges('community:0', id('F'));
    expect(opened.getEdgeAttribute(toF[0]!, 'tie').valence).toBe('conflict');
    expect(opened.size).toBe(3 + 2 + 1);
  });
});
