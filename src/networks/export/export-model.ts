/**
 * What every export format writes about a node and a tie, defined once so that GEXF, GraphML and CSV
 * carry the same attributes under the same names (and NetworkX reads the same values back from each).
 */

import type { Valence } from '../../interactions/interaction-types.ts';
import type { NetworkNode, NetworkTie } from '../view/network.schema.ts';

/** Value types shared by GEXF (`integer`), GraphML (`int`) and CSV (text). */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';

/** One exported attribute: its name in every format, its type, and how it is read off the record. */
export interface ExportAttribute<T> {
  name: string;
  type: AttributeType;
  value(record: T): string | number | boolean | null;
}

/**
 * A tie's sign: +1 collaboration, −1 conflict, 0 coopetition (plain competition). Zero follows the
 * valence key of DOMAIN.md §6.3 and keeps rivalry within the rules out of balance counts, as the
 * centre analysis does; a reader that only knows ±1 can filter on `valence`.
 */
export function signOf(valence: Valence): 1 | -1 | 0 {
  return valence === 'collaboration' ? 1 : valence === 'conflict' ? -1 : 0;
}

/** Edge weight: the tie's strength 1–5; an unrated tie weighs 1, GEXF's and Gephi's default. */
export function weightOf(tie: NetworkTie): number {
  return tie.strength ?? 1;
}

/**
 * The last day of a tie as an inclusive date. Simpul stores end dates exclusive (active while
 * start ≤ d < end); GEXF 1.3 intervals include both ends, so a spell ends the day before.
 */
export function inclusiveEnd(endDate: string | null): string | null {
  if (endDate === null) return null;
  const day = new Date(`${endDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Node attributes besides id and label. */
export const NODE_ATTRIBUTES: readonly ExportAttribute<NetworkNode>[] = [
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'role', type: 'string', value: (n) => n.role },
  { name: 'member', type: 'boolean', value: (n) => n.member },
  { name: 'regionCode', type: 'string', value: (n) => n.regionCode },
  { name: 'commodity', type: 'string', value: (n) => n.commodity },
];

/** Tie attributes besides id, ends and weight; `endDate` is Simpul's exclusive end, as the API gives it. */
export const EDGE_ATTRIBUTES: readonly ExportAttribute<NetworkTie>[] = [
  { name: 'type', type: 'string', value: (t) => t.type },
  { name: 'valence', type: 'string', value: (t) => t.valence },
  { name: 'sign', type: 'integer', value: (t) => signOf(t.valence) },
  { name: 'directed', type: 'boolean', value: (t) => t.directed },
  { name: 'startDate', type: 'string', value: (t) => t.startDate },
  { name: 'endDate', type: 'string', value: (t) => t.endDate },
  { name: 'frequency', type: 'string', value: (t) => t.frequency },
  { name: 'formality', type: 'string', value: (t) => t.formality },
  { name: 'confidence', type: 'string', value: (t) => t.confidence },
  { name: 'legalPattern', type: 'string', value: (t) => t.legalPattern },
  { name: 'confidential', type: 'boolean', value: (t) => t.confidential },
];
