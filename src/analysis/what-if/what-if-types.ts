/**
 * The shapes of a what-if simulation (issue 20, point 5): a signed network as the simulation sees it,
 * the edits a user proposes, and what applying them changed. Plain data, so the same library runs in Node
 * and in a browser worker.
 */

/** A node of the simulated network: a firm (with whether it is a centre member) or an institution. */
export interface WhatIfNode {
  id: string;
  kind: 'firm' | 'institution';
  /** A member of the centre on the network's date (only members "join" an institution). */
  member: boolean;
}

/** One signed tie; `type` is the caller's tie type code, carried through untouched. */
export interface WhatIfTie {
  source: string;
  target: string;
  sign: 1 | -1;
  type: string;
  /** The recorded tie's id when it came from the record; absent for a tie an edit added. */
  id?: string;
}

/** A signed network to simulate on. */
export interface WhatIfNetwork {
  nodes: readonly WhatIfNode[];
  ties: readonly WhatIfTie[];
}

/**
 * One proposed change. `resolveConflict` removes the conflict ties between the two (the analysis view
 * has no neutral sign: coopetition is left out of it, so "turned neutral" and "removed" are the same
 * there). `joinInstitution` ties every member firm to the institution with a collaboration tie of
 * `type`, the way the network records a firm's dealings with its cooperative or association.
 */
export type WhatIfEdit =
  | { action: 'addTie'; a: string; b: string; sign: 1 | -1; type: string }
  | { action: 'removeTie'; a: string; b: string }
  | { action: 'resolveConflict'; a: string; b: string }
  | { action: 'removeFirm'; firm: string }
  | { action: 'joinInstitution'; institution: string; type: string };

/** A tie an edit added or removed. */
export interface TieChange {
  change: 'added' | 'removed';
  source: string;
  target: string;
  sign: 1 | -1;
  type: string;
  /** Index of the edit that made the change. */
  edit: number;
  /** The recorded tie's id, for a removed recorded tie. */
  id?: string;
}

/** Why an edit cannot be applied; `field` names the edit's field, `node` the id it gave. */
export interface EditProblem {
  edit: number;
  field: 'a' | 'b' | 'firm' | 'institution';
  node: string;
  reason: 'not_in_network' | 'not_a_firm' | 'not_an_institution' | 'same_node' | 'no_tie' | 'no_conflict';
}

/** The edited network with its changes, or every problem found (nothing applied). */
export type EditOutcome =
  | { ok: true; network: WhatIfNetwork; changes: TieChange[] }
  | { ok: false; problems: EditProblem[] };
