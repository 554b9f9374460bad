/**
 * The what-if use cases: simulate edits on a centre's network as the reader sees it (nothing saved), and
 * the suggestions. Edit problems become one 422 naming each node by its label in the network (by the id
 * given when it is not in the network: a firm outside the reader's view has no name to show).
 */

import { analyzeNetwork } from '../analysis/index.ts';
import { suggestResolutions, suggestTies } from '../analysis/what-if/suggestions.ts';
import type { EditProblem, WhatIfEdit } from '../analysis/what-if/what-if-types.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { interactionType } from '../interactions/interaction-types.ts';
import { loadAffiliations } from '../networks/analysis/analysis.repo.ts';
import { centerGraph } from '../networks/load/center-graph.ts';
import type { CenterNetwork } from '../networks/view/network.schema.ts';
import { centerNetworkFor } from '../networks/view/network.service.ts';
import { errors } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/lang.ts';
import { todayWib } from '../shared/periods.ts';
import { WHAT_IF_MESSAGES as m } from './scenarios.messages.ts';
import { libraryEdit, simulate } from './simulate.ts';
import type { WhatIfEditInput, WhatIfResult, WhatIfSuggestions } from './what-if.schema.ts';

/** The network and memberships a what-if runs on. */
async function loadInputs(db: Db, actor: Actor, pseudonymKey: string, centerId: string, at: string) {
  const [network, affiliations] = await Promise.all([
    centerNetworkFor(db, actor, pseudonymKey, centerId, at),
    loadAffiliations(db, [centerId], at),
  ]);
  return { network, affiliations: affiliations.get(centerId) ?? [] };
}

/** Simulates `edits` on the centre's network of `at` (default today); 422 naming the node of a bad edit. */
export async function runWhatIf(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  body: { edits: WhatIfEditInput[]; at?: string | undefined },
): Promise<WhatIfResult> {
  const at = body.at ?? todayWib();
  const { network, affiliations } = await loadInputs(db, actor, pseudonymKey, centerId, at);
  const simulation = simulate(network, affiliations, libraryEdits(body.edits));
  if (!simulation.ok) throw editError(network, at, body.edits, simulation.problems);
  return { centerId, at, before: simulation.before, after: simulation.after, changes: simulation.changes };
}

/** The library's edits, or a 422 for a tie type the analysis leaves out. */
export function libraryEdits(edits: readonly WhatIfEditInput[]): WhatIfEdit[] {
  return edits.map((edit, i) => {
    const converted = libraryEdit(edit);
    if (converted) return converted;
    const type = edit.action === 'addTie' ? interactionType(edit.type).label[currentLang()] : '';
    const reason = tr(m.coopetition, { type });
    const message = tr(m.badEdit, { n: i + 1, reason });
    throw errors.unprocessable(message, [{ path: `edits.${i}.type`, message }]);
  });
}

function editError(
  network: CenterNetwork,
  at: string,
  edits: readonly WhatIfEditInput[],
  problems: EditProblem[],
) {
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  const name = (id: string) => label.get(id) ?? id;
  const details = problems.map((p) => {
    const edit = edits[p.edit] as WhatIfEditInput;
    const a = 'a' in edit ? name(edit.a) : '';
    const reason = tr(m[p.reason], { node: name(p.node), a, at });
    return { path: `edits.${p.edit}.${p.field}`, message: tr(m.badEdit, { n: p.edit + 1, reason }) };
  });
  return errors.unprocessable((details[0] as { message: string }).message, details);
}

/** The `k` ties that most join collaboration groups and the `k` conflicts most worth mediating. */
export async function whatIfSuggestions(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  query: { at?: string | undefined; k?: number | undefined },
): Promise<WhatIfSuggestions> {
  const at = query.at ?? todayWib();
  const k = query.k ?? 5;
  const { network, affiliations } = await loadInputs(db, actor, pseudonymKey, centerId, at);
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  const name = (id: string) => label.get(id) ?? id;
  const graph = centerGraph(network);
  const groups = new Map<string, string[]>();
  for (const a of affiliations)
    groups.set(a.institutionId, [...(groups.get(a.institutionId) ?? []), a.enterpriseId]);
  const firms = new Set(network.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id));
  const ties = suggestTies(graph, groups, k, (id) => firms.has(id)).map((s) => ({
    kind: 'tie' as const,
    edit: { action: 'addTie' as const, a: s.a, b: s.b, type: 'ORDER_SHARING' as const },
    aLabel: name(s.a),
    bLabel: name(s.b),
    gain: s.newlyConnectedPairs,
    reason: words(m.tieReason, {
      a: name(s.a),
      b: name(s.b),
      p: s.sizes[0],
      q: s.sizes[1],
      pairs: s.newlyConnectedPairs,
      basis: s.basis === 'same_institution' ? m.basisInstitution : m.basisNeighbour,
      via: name(s.via),
    }),
  }));
  const balance = analyzeNetwork(graph, { seed: 1, metrics: ['balance'] }).graph.balance;
  const conflicts = balance
    ? suggestResolutions(graph, balance.frustration.index, balance.frustration.frustratedTies, k).map(
        (s) => ({
          kind: 'conflict' as const,
          edit: { action: 'resolveConflict' as const, a: s.a, b: s.b },
          aLabel: name(s.a),
          bLabel: name(s.b),
          gain: s.frustrationBefore - s.frustrationAfter,
          reason: conflictReason(s, name, balance.frustrationExact),
        }),
      )
    : [];
  return { centerId, at, ties, conflicts };
}

type Params = Record<string, string | number | { id: string; en: string }>;

/** A sentence in both languages, nested messages (the basis) filled in each language. */
function words(message: { id: string; en: string }, params: Params) {
  const fill = (lang: 'id' | 'en') => {
    const flat: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(params)) {
      flat[key] = typeof value === 'object' ? tr(value, params as Record<string, string>, lang) : value;
    }
    return tr(message, flat, lang);
  };
  return { id: fill('id'), en: fill('en') };
}

function conflictReason(
  s: {
    a: string;
    b: string;
    frustratedIn: 'all' | 'some';
    unbalancedTriangles: number;
    frustrationBefore: number;
    frustrationAfter: number;
  },
  name: (id: string) => string,
  exact: boolean,
) {
  const sentence = words(s.frustratedIn === 'all' ? m.conflictReasonAll : m.conflictReasonSome, {
    a: name(s.a),
    b: name(s.b),
    triangles: s.unbalancedTriangles,
    before: s.frustrationBefore,
    after: s.frustrationAfter,
  });
  return exact ? sentence : { id: sentence.id + m.approximate.id, en: sentence.en + m.approximate.en };
}
