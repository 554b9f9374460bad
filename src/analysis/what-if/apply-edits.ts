/**
 * Applying what-if edits to a signed network, in order, without touching the input. Each edit is checked
 * against the network as the edits before it left it (a firm that left cannot be tied again), and a
 * problem is a value, not an exception: the caller words it and names the firm.
 */

import type {
  EditOutcome,
  EditProblem,
  TieChange,
  WhatIfEdit,
  WhatIfNetwork,
  WhatIfNode,
  WhatIfTie,
} from './what-if-types.ts';

const between = (tie: WhatIfTie, a: string, b: string) =>
  (tie.source === a && tie.target === b) || (tie.source === b && tie.target === a);

/** The network after `edits`, with the ties each edit added or removed; or the problems, nothing applied. */
export function applyEdits(network: WhatIfNetwork, edits: readonly WhatIfEdit[]): EditOutcome {
  const nodes = new Map<string, WhatIfNode>(network.nodes.map((n) => [n.id, n]));
  let ties: WhatIfTie[] = [...network.ties];
  const changes: TieChange[] = [];
  const problems: EditProblem[] = [];

  edits.forEach((edit, i) => {
    const before = problems.length;
    const need = (field: EditProblem['field'], id: string, kind?: WhatIfNode['kind']) => {
      const node = nodes.get(id);
      if (!node) problems.push({ edit: i, field, node: id, reason: 'not_in_network' });
      else if (kind === 'firm' && node.kind !== 'firm') {
        problems.push({ edit: i, field, node: id, reason: 'not_a_firm' });
      } else if (kind === 'institution' && node.kind !== 'institution') {
        problems.push({ edit: i, field, node: id, reason: 'not_an_institution' });
      }
    };
    const drop = (keep: (tie: WhatIfTie) => boolean) => {
      const kept: WhatIfTie[] = [];
      for (const tie of ties) {
        if (keep(tie)) kept.push(tie);
        else changes.push(removed(tie, i));
      }
      ties = kept;
    };
    switch (edit.action) {
      case 'addTie':
      case 'removeTie':
      case 'resolveConflict': {
        need('a', edit.a);
        need('b', edit.b);
        if (edit.a === edit.b) problems.push({ edit: i, field: 'b', node: edit.b, reason: 'same_node' });
        if (problems.length > before) return;
        if (edit.action === 'addTie') {
          const tie = { source: edit.a, target: edit.b, sign: edit.sign, type: edit.type };
          ties.push(tie);
          changes.push({ change: 'added', ...tie, edit: i });
          return;
        }
        const conflictOnly = edit.action === 'resolveConflict';
        const hit = (t: WhatIfTie) => between(t, edit.a, edit.b) && (!conflictOnly || t.sign < 0);
        if (!ties.some(hit)) {
          problems.push({
            edit: i,
            field: 'b',
            node: edit.b,
            reason: conflictOnly ? 'no_conflict' : 'no_tie',
          });
          return;
        }
        drop((t) => !hit(t));
        return;
      }
      case 'removeFirm':
        need('firm', edit.firm, 'firm');
        if (problems.length > before) return;
        nodes.delete(edit.firm);
        drop((t) => t.source !== edit.firm && t.target !== edit.firm);
        return;
      case 'joinInstitution': {
        need('institution', edit.institution, 'institution');
        if (problems.length > before) return;
        const tied = new Set<string>();
        for (const t of ties) {
          if (t.sign > 0 && t.source === edit.institution) tied.add(t.target);
          if (t.sign > 0 && t.target === edit.institution) tied.add(t.source);
        }
        for (const node of nodes.values()) {
          if (node.kind !== 'firm' || !node.member || tied.has(node.id)) continue;
          const tie: WhatIfTie = { source: node.id, target: edit.institution, sign: 1, type: edit.type };
          ties.push(tie);
          changes.push({ change: 'added', ...tie, edit: i });
        }
        return;
      }
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, network: { nodes: [...nodes.values()], ties }, changes };
}

function removed(tie: WhatIfTie, edit: number): TieChange {
  const change: TieChange = {
    change: 'removed',
    source: tie.source,
    target: tie.target,
    sign: tie.sign,
    type: tie.type,
    edit,
  };
  if (tie.id !== undefined) change.id = tie.id;
  return change;
}
