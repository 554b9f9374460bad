/**
 * GraphML (graphml.graphdrawing.org, METHODS.md §4): one typed `<key>` per attribute, the tie's weight,
 * sign and dates as data (GraphML has no time model), parallel ties with their own ids.
 */

import {
  type AttributeType,
  EDGE_ATTRIBUTES,
  type ExportAttribute,
  NODE_ATTRIBUTES,
  weightOf,
} from '../../networks/export/export-model.ts';
import type { CenterNetwork } from '../../networks/view/network.schema.ts';
import { element, escapeXml, XML_DECLARATION } from '../xml/xml-writer.ts';

const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

/** Key ids are prefixed by class, as a node and an edge attribute may share a name. */
const keyId = (cls: 'node' | 'edge', name: string) => `${cls === 'node' ? 'n' : 'e'}_${name}`;

interface Keyed<T> {
  cls: 'node' | 'edge';
  list: readonly ExportAttribute<T>[];
}

const NODE_KEYS: Keyed<CenterNetwork['nodes'][number]> = {
  cls: 'node',
  list: [{ name: 'label', type: 'string', value: (n) => n.label }, ...NODE_ATTRIBUTES],
};
const EDGE_KEYS: Keyed<CenterNetwork['ties'][number]> = {
  cls: 'edge',
  list: [...EDGE_ATTRIBUTES, { name: 'weight', type: 'double', value: weightOf }],
};

function keys<T>({ cls, list }: Keyed<T>): string[] {
  return list.map((a) =>
    element('key', {
      id: keyId(cls, a.name),
      for: cls,
      'attr.name': a.name,
      'attr.type': GRAPHML_TYPES[a.type],
    }),
  );
}

function data<T>({ cls, list }: Keyed<T>, record: T): string {
  return list
    .flatMap((a) => {
      const value = a.value(record);
      return value === null ? [] : [`<data key="${keyId(cls, a.name)}">${escapeXml(String(value))}</data>`];
    })
    .join('');
}

/**
 * Writes a centre's network as GraphML. `edgedefault` is directed when any tie is. A symmetric tie in a
 * directed graph says so in its `directed` data value, not in GraphML's `directed` XML attribute, because
 * NetworkX and igraph refuse a graph that mixes the two; a graph of symmetric ties only is undirected.
 */
export function writeGraphml(network: CenterNetwork): string {
  const anyDirected = network.ties.some((t) => t.directed);
  const nodes = network.nodes.map((n) => element('node', { id: n.id }, data(NODE_KEYS, n)));
  const edges = network.ties.map((t) =>
    element('edge', { id: t.id, source: t.source, target: t.target }, data(EDGE_KEYS, t)),
  );
  const graph = element(
    'graph',
    { id: network.centerId, edgedefault: anyDirected ? 'directed' : 'undirected' },
    `\n${[...nodes, ...edges].join('\n')}\n`,
  );
  const body = [...keys(NODE_KEYS), ...keys(EDGE_KEYS), graph].join('\n');
  return `${XML_DECLARATION}${element(
    'graphml',
    {
      xmlns: 'http://graphml.graphdrawing.org/xmlns',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    },
    `\n${body}\n`,
  )}\n`;
}
