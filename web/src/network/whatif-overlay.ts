import type { CenterNetwork, NetworkTie } from '../../../src/networks/view/network.schema.ts';
import type { WhatIfEditInput, WhatIfResult } from '../../../src/scenarios/what-if.schema.ts';
import {
  type EdgeAttrs,
  type NetworkGraph,
  strengthAlpha,
  tieActiveAt,
  VALENCE_COLOURS,
} from './graph-model.ts';

/** Colour of a tie the what-if adds (and the ring of a firm it brings in): violet, apart from the valences and the Okabe–Ito hues. */
export const ADDED_COLOUR = '#6639ba';
/** Colour of a tie the what-if removes or mediates: the conflict red, drawn faded and dotted. */
export const REMOVED_COLOUR = VALENCE_COLOURS.conflict;
/** Opacity of a removed tie and a removed firm. */
export const REMOVED_ALPHA = 0.45;
/** Dash patterns (px): added ties long dashes, removed ties dots. */
export const ADDED_DASH = [10, 4] as const;
export const REMOVED_DASH = [2, 4] as const;
/** Fill and outline of a firm the what-if takes out. */
export const REMOVED_NODE_FILL = '#eef1f4';
export const REMOVED_NODE_RING = '#8c959f';
/** With a what-if shown, the ties it leaves alone are drawn at this share of their opacity. */
export const UNCHANGED_FADE = 0.35;
/** Prefix of the drawing's keys for added ties: never a tie id of the network. */
export const ADDED_PREFIX = 'what-if:';

/**
 * What a what-if changed, in the drawing's terms: the ties it adds (not in the network: drawn as extra
 * edges `what-if:<n>`), the drawn ties it removes (keys of the network's ties), the firms it takes out and
 * the firms it brings in (no tie on the what-if's date today, at least one after). Computed in the browser
 * from the what-if's own answer (its `changes`) and the network already loaded: no request of its own.
 */
export interface WhatIfMarks {
  addedTies: readonly NetworkTie[];
  removedTies: ReadonlySet<string>;
  removedNodes: ReadonlySet<string>;
  addedNodes: ReadonlySet<string>;
  /** Every node the what-if touches (ends of changed ties, firms out or in): labelled first in the drawing. */
  touched: ReadonlySet<string>;
  /** Changed ties the drawing could not find (none unless the network changed since it was loaded). */
  unmatched: number;
}

const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The marks of `result` (the answer to `edits`) on `network`. The page loads the network without tie ids
 * (compact format), so a removed tie is found by its ends, type and sign among the ties active on the
 * what-if's date — one network tie per removed change, so two recorded ties of the same kind between the
 * same pair are both marked only when both were removed.
 */
export function whatIfMarks(
  network: CenterNetwork,
  result: Pick<WhatIfResult, 'at' | 'changes'>,
  edits: readonly WhatIfEditInput[],
): WhatIfMarks {
  const candidates = new Map<string, NetworkTie[]>();
  const tiedToday = new Set<string>();
  for (const tie of network.ties) {
    if (tie.valence === 'coopetition' || !tieActiveAt(tie, result.at)) continue;
    tiedToday.add(tie.source).add(tie.target);
    const key = `${pair(tie.source, tie.target)}|${tie.type}|${tie.valence}`;
    candidates.set(key, [...(candidates.get(key) ?? []), tie]);
  }
  const removedTies = new Set<string>();
  const addedTies: NetworkTie[] = [];
  const touched = new Set<string>();
  let unmatched = 0;
  for (const change of result.changes) {
    const valence = change.sign > 0 ? 'collaboration' : 'conflict';
    if (change.change === 'removed') {
      const found = candidates
        .get(`${pair(change.source, change.target)}|${change.type}|${valence}`)
        ?.shift();
      if (found === undefined) unmatched++;
      else {
        removedTies.add(found.id);
        touched.add(found.source).add(found.target);
      }
      continue;
    }
    touched.add(change.source).add(change.target);
    addedTies.push({
      id: `${ADDED_PREFIX}${addedTies.length}`,
      source: change.source,
      target: change.target,
      type: change.type as NetworkTie['type'],
      valence,
      directed: false,
      startDate: result.at,
      endDate: null,
      strength: null,
      frequency: null,
      formality: 'informal',
      confidence: 'reported',
      legalPattern: null,
      confidential: false,
    });
  }
  const removedNodes = new Set(edits.flatMap((e) => (e.action === 'removeFirm' ? [e.firm] : [])));
  const addedNodes = new Set<string>();
  for (const tie of addedTies)
    for (const end of [tie.source, tie.target])
      if (!tiedToday.has(end) && !removedNodes.has(end)) addedNodes.add(end);
  for (const node of removedNodes) touched.add(node);
  return { addedTies, removedTies, removedNodes, addedNodes, touched, unmatched };
}

/**
 * Adds the what-if's new ties to a drawn graph (whose ends are drawn) and returns a function taking them
 * out again: the drawing keeps its positions, and "today" is the graph as it was.
 */
export function addMarkedTies(graph: NetworkGraph, marks: WhatIfMarks): () => void {
  const keys: string[] = [];
  for (const tie of marks.addedTies) {
    if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    // A copy of the graph made while the ties were in it (the community summary) has them already.
    keys.push(tie.id);
    if (graph.hasEdge(tie.id)) continue;
    const attrs: EdgeAttrs = {
      tie,
      color: ADDED_COLOUR,
      size: 2.5,
      dashSize: ADDED_DASH[0],
      plainColor: 'rgba(0,0,0,0)',
      head: 'none',
      alpha: strengthAlpha(null),
    };
    graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, attrs);
  }
  return () => {
    for (const key of keys) if (graph.hasEdge(key)) graph.dropEdge(key);
  };
}

/** What a drawing shows of the marks (its `data-whatif-*` attributes, read by the browser tests). */
export interface MarkCounts {
  addedTies: number;
  removedTies: number;
  removedNodes: number;
  addedNodes: number;
}

/** The marks a drawing shows: edges and nodes it draws (`edgeShown`, `nodeShown`) that carry a mark. */
export function countMarks(
  graph: NetworkGraph,
  marks: WhatIfMarks,
  edgeShown: (edge: string) => boolean,
  nodeShown: (node: string) => boolean,
): MarkCounts {
  let addedTies = 0;
  let removedTies = 0;
  graph.forEachEdge((edge) => {
    if (edge.startsWith(ADDED_PREFIX)) {
      if (edgeShown(edge)) addedTies++;
    } else if (marks.removedTies.has(edge) && edgeShown(edge)) removedTies++;
  });
  const shown = (set: ReadonlySet<string>) =>
    [...set].filter((node) => graph.hasNode(node) && nodeShown(node)).length;
  return {
    addedTies,
    removedTies,
    removedNodes: shown(marks.removedNodes),
    addedNodes: shown(marks.addedNodes),
  };
}
