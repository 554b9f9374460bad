import { describe, expect, it } from 'vitest';
import type { InteractionTypeCode } from '../../interactions/interaction-types.ts';
import { interactionType } from '../../interactions/interaction-types.ts';
import type { CenterNetwork, NetworkNode, NetworkTie } from '../view/network.schema.ts';
import { CenterAnalysisSchema } from './analysis.schema.ts';
import { analyzeCenter } from './analyze-center.ts';
import { PATTERN_THRESHOLDS } from './pattern.ts';

const CENTER = '10000000-0000-4000-8000-000000000000';
const firm = (i: number) => `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const KOPERASI = '30000000-0000-4000-8000-000000000001';
let tieNumber = 0;

function node(id: string, kind: NetworkNode['kind'] = 'enterprise'): NetworkNode {
  return {
    id,
    kind,
    label: id.slice(-4),
    regionCode: null,
    role: null,
    member: kind === 'enterprise',
    commodity: null,
    latitude: null,
    longitude: null,
  };
}

function tie(source: string, target: string, type: InteractionTypeCode): NetworkTie {
  tieNumber += 1;
  const t = interactionType(type);
  return {
    id: `40000000-0000-4000-8000-${String(tieNumber).padStart(12, '0')}`,
    source,
    target,
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
    confidential: t.valence === 'conflict',
  };
}

/** A network of firms 1..n (plus the cooperative when asked) with the given ties. */
function network(n: number, ties: NetworkTie[], withKoperasi = false): CenterNetwork {
  const nodes = Array.from({ length: n }, (_, i) => node(firm(i + 1)));
  if (withKoperasi) nodes.push(node(KOPERASI, 'institution'));
  return { centerId: CENTER, at: null, nodes, ties };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('analyzeCenter patterns on hand-made centres', () => {
  it('labels maklun orders concentrated on two order-givers hub-and-spoke and says so', () => {
    const ties = [
      ...range(3, 14).map((m) => tie(firm(1), firm(m), 'TOLL_MANUFACTURING')),
      ...range(15, 20).map((m) => tie(firm(2), firm(m), 'SUBCONTRACT')),
      tie(firm(3), firm(4), 'ORDER_SHARING'),
    ];
    const result = analyzeCenter(network(20, ties));
    expect(() =>
      CenterAnalysisSchema.parse({ ...result, computedAt: new Date().toISOString() }),
    ).not.toThrow();
    expect(result.pattern.code).toBe('hub_and_spoke');
    expect(result.indicators.orderGiverDominance).toBe(1);
    expect(result.pattern.explanation.en).toContain("2 firms give out 100% of the centre's 18 maklun");
    expect(result.pattern.explanation.id).toContain('2 IKM memberikan 100% dari 18 pesanan');
    const hub = result.nodes.find((n) => n.id === firm(1));
    expect(hub).toMatchObject({ outDegree: 12, inDegree: 0, positiveDegree: 12, negativeDegree: 0 });
    expect(result.brokers[0]?.id).toBe(firm(1));
  });

  it('labels cooperation among members of one cooperative institution-centred', () => {
    const ties = [
      ...range(1, 9).map((i) => tie(firm(i), firm(i + 1), 'JOINT_PURCHASING')),
      tie(firm(1), firm(5), 'KNOWLEDGE_SHARING'),
    ];
    const affiliations = range(1, 10).map((i) => ({ enterpriseId: firm(i), institutionId: KOPERASI }));
    const result = analyzeCenter(network(10, ties, true), { affiliations });
    expect(result.pattern.code).toBe('institution_centred');
    expect(result.indicators.institutionalCoverage).toBe(1);
    expect(result.indicators.institutions).toBe(1);
    expect(result.pattern.explanation.en).toMatch(
      /^100% of the members belong .* 100% of the collaboration ties/,
    );
    // The same ties without memberships are just a cohesive chain.
    expect(analyzeCenter(network(10, ties, true)).pattern.code).toBe('cohesive_collaborative');
  });

  it('labels two collaborating groups that fight each other polarised, with the two camps', () => {
    const groupA = range(1, 5);
    const groupB = range(6, 10);
    const ring = (g: number[]) =>
      g.map((v, i) => tie(firm(v), firm(g[(i + 1) % g.length] as number), 'ORDER_SHARING'));
    const conflicts = range(1, 5).map((i) => tie(firm(i), firm(i + 5), 'PRICE_UNDERCUTTING'));
    const result = analyzeCenter(network(10, [...ring(groupA), ...ring(groupB), ...conflicts]));
    expect(result.pattern.code).toBe('polarised');
    expect(result.indicators).toMatchObject({ conflictTies: 5, frustration: 0, frustrationExact: true });
    const camps = result.camps?.map((c) => [...c].sort());
    expect(camps).toEqual(expect.arrayContaining([groupA.map(firm).sort(), groupB.map(firm).sort()]));
    expect(result.frustratedTies).toEqual([]);
    expect(result.pattern.explanation.en).toContain('5 conflict ties');
  });

  it('labels scattered pairs fragmented', () => {
    const ties = [1, 3, 5, 7].map((i) => tie(firm(i), firm(i + 1), 'KNOWLEDGE_SHARING'));
    const result = analyzeCenter(network(12, ties));
    expect(result.pattern.code).toBe('fragmented');
    expect(result.indicators.largestCollaborativeComponentShare).toBeCloseTo(2 / 12, 12);
    expect(result.pattern.explanation.en).toContain('16.7% of the 12 firms');
  });

  it('labels a connected network without a dominant firm or institution cohesive, and finds the bridge', () => {
    // Two triangles joined through firm 4.
    const ties = [
      tie(firm(1), firm(2), 'ORDER_SHARING'),
      tie(firm(2), firm(3), 'EQUIPMENT_SHARING'),
      tie(firm(1), firm(3), 'KNOWLEDGE_SHARING'),
      tie(firm(3), firm(4), 'ORDER_SHARING'),
      tie(firm(4), firm(5), 'ORDER_SHARING'),
      tie(firm(5), firm(6), 'LABOUR_SHARING'),
      tie(firm(6), firm(7), 'ORDER_SHARING'),
      tie(firm(5), firm(7), 'KNOWLEDGE_SHARING'),
    ];
    const result = analyzeCenter(network(7, ties));
    expect(result.pattern.code).toBe('cohesive_collaborative');
    expect(result.brokers[0]?.id).toBe(firm(4));
    expect(result.indicators).toMatchObject({
      collaborationTies: 8,
      conflictTies: 0,
      collaborationDensity: 8 / 21,
      collaborationConflictRatio: null,
      frustration: null,
      normalizedFrustration: null,
      frustrationExact: true,
      largestCollaborativeComponentShare: 1,
    });
    expect(result.camps).toBeNull();
    expect(result.nodes.every((n) => n.camp === null)).toBe(true);
  });
});

describe('analyzeCenter boundary cases', () => {
  it('handles an empty centre', () => {
    const result = analyzeCenter(network(0, []));
    expect(result.pattern.code).toBe('too_few_ties');
    expect(result.nodes).toEqual([]);
    expect(result.indicators).toMatchObject({
      firms: 0,
      collaborationDensity: null,
      largestCollaborativeComponentShare: null,
      institutionalCoverage: null,
      orderGiverDominance: null,
    });
  });

  it('handles a single tie', () => {
    const result = analyzeCenter(network(5, [tie(firm(1), firm(2), 'TOLL_MANUFACTURING')]));
    expect(result.pattern.code).toBe('too_few_ties');
    expect(result.indicators.collaborationDensity).toBeCloseTo(1 / 10, 12);
    expect(result.indicators.orderGiverDominance).toBe(1);
    expect(result.pattern.explanation.id).toContain('5 IKM dan 1 ikatan');
    expect(PATTERN_THRESHOLDS.minTies).toBeGreaterThan(1);
  });

  it('names the frustrated tie of an unbalanced triangle with a reason that matches the camps', () => {
    const ties = [
      tie(firm(1), firm(2), 'ORDER_SHARING'),
      tie(firm(2), firm(3), 'ORDER_SHARING'),
      tie(firm(1), firm(3), 'DESIGN_COPYING'),
    ];
    const result = analyzeCenter(network(3, ties));
    expect(result.indicators.frustration).toBe(1);
    expect(result.frustratedTies).toHaveLength(1);
    const [frustrated] = result.frustratedTies;
    const camp = (id: string) => result.nodes.find((n) => n.id === id)?.camp;
    if (frustrated?.valence === 'conflict') {
      expect(frustrated.reason).toBe('conflict_within_camp');
      expect(camp(frustrated.source)).toBe(camp(frustrated.target));
    } else {
      expect(frustrated?.reason).toBe('collaboration_across_camps');
      expect(camp(frustrated?.source as string)).not.toBe(camp(frustrated?.target as string));
    }
  });

  it('leaves plain competition out of the signed view and counts a pair once however many ties it has', () => {
    const ties = [
      tie(firm(1), firm(2), 'TOLL_MANUFACTURING'),
      tie(firm(1), firm(2), 'ORDER_SHARING'),
      tie(firm(2), firm(3), 'FAIR_COMPETITION'),
    ];
    const result = analyzeCenter(network(3, ties));
    expect(result.indicators).toMatchObject({ collaborationTies: 1, conflictTies: 0 });
    expect(result.nodes.find((n) => n.id === firm(3))?.degree).toBe(0);
  });

  it('gives the same result whatever order the loader listed nodes and ties in', () => {
    const ties = range(1, 9).map((i) =>
      tie(firm(i), firm(((i * 3) % 10) + 1), i % 4 ? 'ORDER_SHARING' : 'BUYER_POACHING'),
    );
    const a = analyzeCenter(network(10, ties));
    const shuffled = network(10, [...ties].reverse());
    shuffled.nodes.reverse();
    expect(analyzeCenter(shuffled)).toEqual(a);
  });
});

describe('analyzeCenter reciprocity, centralization, strength and orders', () => {
  it('gives the hand-computed values of a principal with three makers, one of which returns orders', () => {
    const ties = [
      tie(firm(1), firm(2), 'TOLL_MANUFACTURING'),
      tie(firm(1), firm(2), 'TOLL_MANUFACTURING'),
      tie(firm(2), firm(1), 'SUBCONTRACT'),
      tie(firm(1), firm(3), 'TOLL_MANUFACTURING'),
      tie(firm(1), firm(4), 'TOLL_MANUFACTURING'),
      tie(firm(3), firm(4), 'PRICE_UNDERCUTTING'),
    ];
    const result = analyzeCenter(network(4, ties));
    expect(() =>
      CenterAnalysisSchema.parse({ ...result, computedAt: new Date().toISOString() }),
    ).not.toThrow();
    const x = result.indicators;
    // Directed collaboration arcs 1→2, 2→1, 1→3, 1→4: two of four returned; one mutual pair of three.
    expect(x.reciprocity).toBe(0.5);
    expect(x.dyadReciprocity).toBeCloseTo(1 / 3, 12);
    // Out-degree ⅓·(3, 1, 0, 0) → Σ(1 − c) = 8/3 ÷ (n−1) = 8/9; in-degree ⅓ each → 0.
    expect(x.outDegreeCentralization).toBeCloseTo(8 / 9, 12);
    expect(x.inDegreeCentralization).toBe(0);
    // The collaboration layer is the star around firm 1 (the conflict 3–4 is not a path).
    expect(x.degreeCentralization).toBeCloseTo(1, 12);
    expect(x.betweennessCentralization).toBeCloseTo(1, 12);
    expect(x.closenessCentralization).toBeCloseTo(1, 12);
    const byId = new Map(result.nodes.map((n) => [n.id, n]));
    // Pair 1–2 carries three collaboration ties, so its weight is 3.
    expect(byId.get(firm(1))).toMatchObject({
      strength: 5,
      positiveStrength: 5,
      negativeStrength: 0,
      ordersGiven: 4,
      ordersReceived: 1,
    });
    expect(byId.get(firm(3))).toMatchObject({
      strength: 2,
      positiveStrength: 1,
      negativeStrength: 1,
      ordersGiven: 0,
      ordersReceived: 1,
    });
    expect(byId.get(firm(2))).toMatchObject({ ordersGiven: 1, ordersReceived: 2 });
  });

  it('has no reciprocity or centralization without collaboration or with under three nodes', () => {
    const result = analyzeCenter(network(2, [tie(firm(1), firm(2), 'PRICE_UNDERCUTTING')]));
    expect(result.indicators).toMatchObject({
      reciprocity: null,
      dyadReciprocity: null,
      degreeCentralization: null,
      betweennessCentralization: null,
      closenessCentralization: null,
    });
    expect(result.nodes[0]).toMatchObject({ strength: 1, positiveStrength: 0, negativeStrength: 1 });
  });
});
