import { describe, expect, it } from 'vitest';
import type { CenterNetwork, NetworkNode, NetworkTie } from '../../../src/networks/view/network.schema.ts';
import { libraryEdit, simulate } from '../../../src/scenarios/simulate.ts';
import type { WhatIfEditInput } from '../../../src/scenarios/what-if.schema.ts';
import { countDrawn } from './canvas-renderer.ts';
import { buildGraph } from './graph-model.ts';
import { ADDED_PREFIX, addMarkedTies, whatIfMarks } from './whatif-overlay.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [A, B, C, D, E, K] = [1, 2, 3, 4, 5, 9].map(id) as [string, string, string, string, string, string];

function node(nodeId: string, kind: NetworkNode['kind'] = 'enterprise'): NetworkNode {
  return {
    id: nodeId,
    kind,
    label: nodeId.slice(-2),
    regionCode: null,
    role: null,
    member: kind === 'enterprise',
    commodity: null,
    latitude: null,
    longitude: null,
  };
}
let tieNo = 100;
function tie(
  source: string,
  target: string,
  type: NetworkTie['type'],
  extra: Partial<NetworkTie> = {},
): NetworkTie {
  const conflict = type === 'GOVERNANCE_DISPUTE' || type === 'ENVIRONMENTAL_NUISANCE';
  return {
    id: `tie-${tieNo++}`,
    source,
    target,
    type,
    valence: conflict ? 'conflict' : 'collaboration',
    directed: false,
    startDate: '2024-01-01',
    endDate: null,
    strength: null,
    frequency: null,
    formality: 'informal',
    confidence: 'reported',
    legalPattern: null,
    confidential: false,
    ...extra,
  };
}

// The page's network: every tie ever recorded (at null), so an ended conflict between A and B is drawn too.
const endedConflict = tie(A, B, 'GOVERNANCE_DISPUTE', { startDate: '2020-01-01', endDate: '2021-01-01' });
const conflictAB = tie(A, B, 'GOVERNANCE_DISPUTE');
const network: CenterNetwork = {
  centerId: id(99),
  at: null,
  nodes: [node(A), node(B), node(C), node(D), node(E), node(K, 'institution')],
  ties: [
    endedConflict,
    conflictAB,
    tie(B, C, 'ORDER_SHARING'),
    tie(A, C, 'ORDER_SHARING'),
    tie(C, D, 'ORDER_SHARING'),
    tie(D, A, 'GOVERNANCE_DISPUTE'),
  ],
};
const AT = '2026-12-06';

/** The server's answer for `edits`, on the network of AT as the what-if route loads it. */
function answer(edits: WhatIfEditInput[]) {
  const today: CenterNetwork = {
    ...network,
    at: AT,
    ties: network.ties.filter((t) => t.startDate <= AT && (t.endDate === null || AT < t.endDate)),
  };
  const simulation = simulate(
    today,
    [],
    edits.map((e) => libraryEdit(e)!),
  );
  if (!simulation.ok) throw new Error(JSON.stringify(simulation.problems));
  return { at: AT, changes: simulation.changes };
}

describe('whatIfMarks', () => {
  it('marks the mediated conflict of today, not the ended one between the same firms', () => {
    const edits: WhatIfEditInput[] = [{ action: 'resolveConflict', a: A, b: B }];
    const marks = whatIfMarks(network, answer(edits), edits);
    expect([...marks.removedTies]).toEqual([conflictAB.id]);
    expect(marks.addedTies).toEqual([]);
    expect(marks.unmatched).toBe(0);
    expect([...marks.touched].sort()).toEqual([A, B]);
  });

  it('marks a firm that leaves and every tie it had, and a firm with no tie brought in by a new one', () => {
    const edits: WhatIfEditInput[] = [
      { action: 'removeFirm', firm: D },
      { action: 'addTie', a: E, b: C, type: 'ORDER_SHARING' },
    ];
    const marks = whatIfMarks(network, answer(edits), edits);
    expect([...marks.removedNodes]).toEqual([D]);
    const dTies = network.ties.filter((t) => t.source === D || t.target === D).map((t) => t.id);
    expect([...marks.removedTies].sort()).toEqual(dTies.sort());
    expect(marks.addedTies.map((t) => [t.source, t.target, t.valence])).toEqual([[E, C, 'collaboration']]);
    // E had no tie today; C had.
    expect([...marks.addedNodes]).toEqual([E]);
  });

  it('marks members joining an institution as added ties to it', () => {
    const edits: WhatIfEditInput[] = [{ action: 'joinInstitution', institution: K }];
    const marks = whatIfMarks(network, answer(edits), edits);
    expect(marks.addedTies.length).toBe(5);
    expect(marks.addedTies.every((t) => t.target === K || t.source === K)).toBe(true);
    expect(marks.addedNodes.has(E)).toBe(true);
  });
});

describe('the Canvas 2D drawing of the marks', () => {
  it('adds the new ties as edges while shown, counts what it draws, and takes them out again', () => {
    const edits: WhatIfEditInput[] = [
      { action: 'resolveConflict', a: A, b: B },
      { action: 'addTie', a: E, b: C, type: 'ORDER_SHARING' },
    ];
    const marks = whatIfMarks(network, answer(edits), edits);
    const graph = buildGraph(network, null);
    const filter = {
      valences: new Set(['collaboration', 'conflict', 'coopetition']),
      types: new Set<string>(),
      at: null,
    };
    const size = graph.size;
    const undo = addMarkedTies(graph, marks);
    expect(graph.size).toBe(size + 1);
    expect(graph.hasEdge(`${ADDED_PREFIX}0`)).toBe(true);
    expect(countDrawn(graph, { filter, focus: null, marks }).marks).toEqual({
      addedTies: 1,
      removedTies: 1,
      removedNodes: 0,
      addedNodes: 1,
    });
    // Conflicts hidden by the reader's filter: the mediated conflict is not drawn, so not counted.
    const noConflicts = { ...filter, valences: new Set(['collaboration']) };
    expect(countDrawn(graph, { filter: noConflicts, focus: null, marks }).marks?.removedTies).toBe(0);
    undo();
    expect(graph.size).toBe(size);
    expect(countDrawn(graph, { filter, focus: null, marks: null }).marks).toBeNull();
  });
});
