/**
 * A what-if on a centre's network (issue 20, point 5), pure: the network as a reader sees it and the
 * institution memberships in, today and after side by side out. The edits go through the library
 * (`src/analysis/what-if`), the edited network back into the centre's own shape, and both sides through
 * the same view, indicators and pattern rules as the network page, so the figures match it.
 */

import type { z } from 'zod';
import { analyzeNetwork, type Graph } from '../analysis/index.ts';
import { applyEdits } from '../analysis/what-if/apply-edits.ts';
import { WHAT_IF_METRICS, whatIfSummary } from '../analysis/what-if/what-if-summary.ts';
import type { EditProblem, WhatIfEdit, WhatIfNetwork } from '../analysis/what-if/what-if-types.ts';
import { interactionType } from '../interactions/interaction-types.ts';
import { type Affiliation, centerFacts } from '../networks/analysis/indicators.ts';
import { PATTERN_LABELS, patternCode } from '../networks/analysis/pattern.ts';
import { centerGraph, tieSign } from '../networks/load/center-graph.ts';
import type { CenterNetwork, NetworkTie } from '../networks/view/network.schema.ts';
import type { TieChangeSchema, WhatIfEditInput, WhatIfSide } from './what-if.schema.ts';

/** The tie type "everyone joins institution X" adds between each member firm and X. */
export const JOIN_TIE_TYPE = 'ORDER_AGGREGATION';

/** A simulation's answer, or the problems of its edits (nothing simulated). */
export type Simulation =
  | { ok: true; before: WhatIfSide; after: WhatIfSide; changes: z.infer<typeof TieChangeSchema>[] }
  | { ok: false; problems: EditProblem[] };

/** The signed view of `network` as the what-if library takes it (coopetition ties are left out, as there). */
export function whatIfNetworkOf(network: CenterNetwork): WhatIfNetwork {
  const ties: WhatIfNetwork['ties'][number][] = [];
  for (const tie of network.ties) {
    const sign = tieSign(tie);
    if (sign !== null)
      ties.push({ id: tie.id, source: tie.source, target: tie.target, sign, type: tie.type });
  }
  return {
    nodes: network.nodes.map((n) => ({
      id: n.id,
      kind: n.kind === 'enterprise' ? 'firm' : 'institution',
      member: n.member,
    })),
    ties,
  };
}

/** The library's edit for an API edit; a tie type's valence gives its sign (coopetition: null). */
export function libraryEdit(edit: WhatIfEditInput): WhatIfEdit | null {
  if (edit.action !== 'addTie') {
    return edit.action === 'joinInstitution' ? { ...edit, type: JOIN_TIE_TYPE } : edit;
  }
  const valence = interactionType(edit.type).valence;
  if (valence === 'coopetition') return null;
  return { ...edit, sign: valence === 'collaboration' ? 1 : -1 };
}

/** Today and after `edits` on `network`, with the memberships `affiliations` (edits must be valid types). */
export function simulate(
  network: CenterNetwork,
  affiliations: readonly Affiliation[],
  edits: readonly WhatIfEdit[],
): Simulation {
  const outcome = applyEdits(whatIfNetworkOf(network), edits);
  if (!outcome.ok) return outcome;
  const keptNodes = new Set(outcome.network.nodes.map((n) => n.id));
  const keptTies = new Set(outcome.network.ties.map((t) => t.id).filter((id) => id !== undefined));
  const at = network.at ?? '2000-01-01';
  const added: NetworkTie[] = outcome.network.ties
    .filter((t) => t.id === undefined)
    .map((t, i) => ({
      id: `what-if-${i}`,
      source: t.source,
      target: t.target,
      type: t.type as NetworkTie['type'],
      valence: t.sign > 0 ? 'collaboration' : 'conflict',
      directed: false,
      startDate: at,
      endDate: null,
      strength: null,
      frequency: null,
      formality: 'informal',
      confidence: 'reported',
      legalPattern: null,
      confidential: false,
    }));
  const edited: CenterNetwork = {
    ...network,
    nodes: network.nodes.filter((n) => keptNodes.has(n.id)),
    ties: [
      ...network.ties.filter((t) =>
        tieSign(t) === null ? keptNodes.has(t.source) && keptNodes.has(t.target) : keptTies.has(t.id),
      ),
      ...added,
    ],
  };
  const joined = edits.flatMap((e, i) =>
    e.action === 'joinInstitution'
      ? outcome.changes
          .filter((c) => c.edit === i)
          .map((c) => ({ enterpriseId: c.source, institutionId: e.institution }))
      : [],
  );
  return {
    ok: true,
    before: sideOf(network, affiliations),
    after: sideOf(edited, [...affiliations, ...joined]),
    changes: outcome.changes.map(({ id: _id, ...change }) => change),
  };
}

/** One side: the figures of the network page plus components, camps, brokers and the pattern label. */
export function sideOf(network: CenterNetwork, affiliations: readonly Affiliation[]): WhatIfSide {
  const graph: Graph = centerGraph(network);
  const analysis = analyzeNetwork(graph, { seed: 1, metrics: WHAT_IF_METRICS });
  const facts = centerFacts(network, graph, analysis, affiliations);
  const summary = whatIfSummary(graph, analysis);
  const x = facts.indicators;
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  const code = patternCode(facts);
  return {
    firms: x.firms,
    collaborationTies: x.collaborationTies,
    conflictTies: x.conflictTies,
    collaborationDensity: x.collaborationDensity,
    conflictDensity: x.conflictDensity,
    components: summary.components,
    collaborationComponents: summary.collaborationComponents,
    largestCollaborativeComponentShare: x.largestCollaborativeComponentShare,
    frustration: summary.frustration,
    normalizedFrustration: summary.normalizedFrustration,
    frustrationExact: summary.frustrationExact,
    camps: summary.camps,
    brokers: summary.brokers.map((b) => ({ ...b, label: label.get(b.id) ?? b.id })),
    pattern: { code, label: PATTERN_LABELS[code] },
  };
}
