/**
 * CSV node and edge lists with the headers Gephi's spreadsheet import recognises (METHODS.md §4):
 * nodes `Id, Label` and edges `Source, Target, Type, Id, Label, Weight`, each followed by the same
 * attributes the XML formats carry (`start`/`end` included, `end` exclusive as Simpul stores it).
 */

import { stringify } from 'csv-stringify/sync';
import { interactionType } from '../../interactions/interaction-types.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, weightOf } from '../../networks/export/export-model.ts';
import type { CenterNetwork } from '../../networks/view/network.schema.ts';
import type { Lang } from '../../shared/i18n.ts';

/** The two halves of a CSV export. */
export const CSV_PARTS = ['edges', 'nodes'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

const cell = (value: string | number | boolean | null) => (value === null ? '' : String(value));

/** The node list: one row per node. */
export function writeNodesCsv(network: CenterNetwork): string {
  const header = ['Id', 'Label', ...NODE_ATTRIBUTES.map((a) => a.name)];
  const rows = network.nodes.map((n) => [n.id, n.label, ...NODE_ATTRIBUTES.map((a) => cell(a.value(n)))]);
  return stringify([header, ...rows]);
}

/** The edge list: one row per tie; `Type` is Gephi's `Directed`/`Undirected`, `Label` the type's label. */
export function writeEdgesCsv(network: CenterNetwork, lang: Lang): string {
  const header = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', ...EDGE_ATTRIBUTES.map((a) => a.name)];
  const rows = network.ties.map((t) => [
    t.source,
    t.target,
    t.directed ? 'Directed' : 'Undirected',
    t.id,
    interactionType(t.type).label[lang],
    String(weightOf(t)),
    ...EDGE_ATTRIBUTES.map((a) => cell(a.value(t))),
  ]);
  return stringify([header, ...rows]);
}
