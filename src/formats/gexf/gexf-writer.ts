/**
 * GEXF 1.3 (gexf.net/1.3, METHODS.md §4): typed node and edge attributes, the sign as an integer
 * attribute beside a non-negative `weight`, the tie type in `kind` (GEXF's layer of parallel edges), and
 * each tie's lifetime as a spell with inclusive dates.
 */

import { interactionType } from '../../interactions/interaction-types.ts';
import {
  type AttributeType,
  EDGE_ATTRIBUTES,
  type ExportAttribute,
  inclusiveEnd,
  NODE_ATTRIBUTES,
  weightOf,
} from '../../networks/export/export-model.ts';
import type { CenterNetwork } from '../../networks/view/network.schema.ts';
import type { Lang } from '../../shared/i18n.ts';
import { element, textElement, XML_DECLARATION } from '../xml/xml-writer.ts';

const GEXF_TYPES: Record<AttributeType, string> = {
  string: 'string',
  integer: 'integer',
  double: 'double',
  boolean: 'boolean',
};

function declarations<T>(cls: 'node' | 'edge', list: readonly ExportAttribute<T>[]): string {
  const declared = list.map((a) =>
    element('attribute', { id: a.name, title: a.name, type: GEXF_TYPES[a.type] }),
  );
  return element('attributes', { class: cls, mode: 'static' }, declared.join(''));
}

function attvalues<T>(list: readonly ExportAttribute<T>[], record: T): string {
  const values = list.flatMap((a) => {
    const value = a.value(record);
    return value === null ? [] : [element('attvalue', { for: a.name, value })];
  });
  return values.length === 0 ? '' : element('attvalues', {}, values.join(''));
}

/**
 * Writes a centre's network as GEXF 1.3. The graph is directed when any tie is; a symmetric tie in a
 * directed graph is `type="mutual"` (GEXF's word for a tie that runs both ways, which Gephi and
 * NetworkX read, whereas NetworkX refuses an `undirected` edge in a directed graph); in a graph of
 * symmetric ties only, every edge is `undirected`. Labels of tie types are in `lang`.
 */
export function writeGexf(network: CenterNetwork, lang: Lang): string {
  const anyDirected = network.ties.some((t) => t.directed);
  const nodes = network.nodes.map((n) =>
    element('node', { id: n.id, label: n.label }, attvalues(NODE_ATTRIBUTES, n)),
  );
  const edges = network.ties.map((t) => {
    const spell = element('spell', { start: t.startDate, end: inclusiveEnd(t.endDate) });
    return element(
      'edge',
      {
        id: t.id,
        source: t.source,
        target: t.target,
        type: t.directed ? 'directed' : anyDirected ? 'mutual' : 'undirected',
        kind: t.type,
        label: interactionType(t.type).label[lang],
        weight: weightOf(t),
      },
      attvalues(EDGE_ATTRIBUTES, t) + element('spells', {}, spell),
    );
  });
  const description = `Simpul centre ${network.centerId}${network.at ? ` at ${network.at}` : ''}`;
  const graph = element(
    'graph',
    {
      defaultedgetype: anyDirected ? 'directed' : 'undirected',
      mode: 'dynamic',
      timeformat: 'date',
      timerepresentation: 'interval',
    },
    [
      declarations('node', NODE_ATTRIBUTES),
      declarations('edge', EDGE_ATTRIBUTES),
      element('nodes', {}, nodes.join('\n')),
      element('edges', {}, edges.join('\n')),
    ].join('\n'),
  );
  const meta = element(
    'meta',
    {},
    textElement('creator', 'Simpul') + textElement('description', description),
  );
  return `${XML_DECLARATION}${element(
    'gexf',
    { xmlns: 'http://gexf.net/1.3', version: '1.3' },
    `\n${meta}\n${graph}\n`,
  )}\n`;
}
