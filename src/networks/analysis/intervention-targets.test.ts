import { describe, expect, it } from 'vitest';
import type { InteractionTypeCode } from '../../interactions/interaction-types.ts';
import { interactionType } from '../../interactions/interaction-types.ts';
import { pairKey } from '../load/center-graph.ts';
import type { CenterNetwork, NetworkTie } from '../view/network.schema.ts';
import { analyzeCenter } from './analyze-center.ts';

const firm = (i: number) => `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
let tieNumber = 0;

function tie(a: number, b: number, type: InteractionTypeCode): NetworkTie {
  tieNumber += 1;
  const t = interactionType(type);
  return {
    id: `40000000-0000-4000-8000-${String(tieNumber).padStart(12, '0')}`,
    source: firm(a),
    target: firm(b),
    type,
    valence: t.valence,
    directed: !t.symmetric,
    startDate: '2020-01-01',
    endDate: null,
    strength: null,
    frequency: null,
    formality: 'oral',
    confidence: 'reported',
    legalPattern: null,
    confidential: false,
  };
}

function network(n: number, ties: NetworkTie[]): CenterNetwork {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: firm(i + 1),
    kind: 'enterprise' as const,
    label: String(i + 1),
    regionCode: null,
    role: null,
    member: true,
    commodity: null,
    latitude: null,
    longitude: null,
  }));
  return { centerId: '10000000-0000-4000-8000-000000000000', at: null, nodes, ties };
}

const collab = (a: number, b: number) => tie(a, b, 'ORDER_SHARING');
const clash = (a: number, b: number) => tie(a, b, 'PRICE_UNDERCUTTING');

describe('intervention targets', () => {
  // Camp {1,2,3,4} and camp {5,6,7}, hostile to each other; 3–4 clash inside the first camp (two
  // strained triangles, with 1 and with 2), 6–7 inside the second (one, with 5).
  const ties = [
    collab(1, 2),
    collab(1, 3),
    collab(1, 4),
    collab(2, 3),
    collab(2, 4),
    clash(3, 4),
    tie(3, 4, 'DESIGN_COPYING'),
    collab(5, 6),
    collab(5, 7),
    clash(6, 7),
    clash(1, 5),
    clash(2, 6),
    clash(3, 7),
    clash(4, 5),
  ];
  const result = analyzeCenter(network(7, ties));

  it('lists each frustrated pair once, however many ties it carries', () => {
    expect(result.indicators.frustration).toBe(2);
    const pairs = result.frustratedTies.map((t) => pairKey(t.source, t.target));
    expect(pairs).toEqual([pairKey(firm(3), firm(4)), pairKey(firm(6), firm(7))]);
  });

  it('ranks the conflict closing more strained triangles first and says how many', () => {
    const [first, second] = result.frustratedTies;
    expect(first).toMatchObject({ reason: 'conflict_within_camp', unbalancedTriangles: 2 });
    expect(second).toMatchObject({ reason: 'conflict_within_camp', unbalancedTriangles: 1 });
    expect(first?.balancedTriangles).toBe(0);
  });

  it('keeps the ranking sorted and the reasons true to the camps on a network with a bridge', () => {
    const withBridge = analyzeCenter(network(7, [...ties, collab(2, 7)]));
    const camp = new Map(withBridge.nodes.map((n) => [n.id, n.camp]));
    const counts = withBridge.frustratedTies.map((t) => t.unbalancedTriangles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const t of withBridge.frustratedTies) {
      const same = camp.get(t.source) === camp.get(t.target);
      expect(t.reason).toBe(same ? 'conflict_within_camp' : 'collaboration_across_camps');
      expect(t.valence).toBe(same ? 'conflict' : 'collaboration');
    }
    expect(withBridge.frustratedTies.some((t) => t.reason === 'collaboration_across_camps')).toBe(true);
  });
});
