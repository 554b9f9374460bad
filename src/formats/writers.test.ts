import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { inclusiveEnd } from '../networks/export/export-model.ts';
import type { CenterNetwork, NetworkTie } from '../networks/view/network.schema.ts';
import { writeEdgesCsv, writeNodesCsv } from './csv/csv-writer.ts';
import { readGexf } from './gexf/gexf-reader.ts';
import { writeGexf } from './gexf/gexf-writer.ts';
import { readGraphml } from './graphml/graphml-reader.ts';
import { writeGraphml } from './graphml/graphml-writer.ts';
import { attr, child, children, parseXml, type XmlElement } from './xml/xml-tree.ts';

/** An attribute of an element that may be missing (a failed lookup fails the assertion, not the type). */
const attrOf = (element: XmlElement | undefined, name: string) => (element ? attr(element, name) : undefined);

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [A, B, C, K] = [id(1), id(2), id(3), id(4)];

const node = (nodeId: string, label: string, extra: Partial<CenterNetwork['nodes'][number]> = {}) => ({
  id: nodeId,
  kind: 'enterprise' as const,
  label,
  regionCode: '32.73.17.1003',
  role: 'member',
  member: true,
  commodity: 'Batik',
  latitude: null,
  longitude: null,
  ...extra,
});

const tie = (n: number, source: string, target: string, extra: Partial<NetworkTie> = {}): NetworkTie => ({
  id: id(100 + n),
  source,
  target,
  type: 'TOLL_MANUFACTURING',
  valence: 'collaboration',
  directed: true,
  startDate: '2019-01-01',
  endDate: null,
  strength: 4,
  frequency: 'routine',
  formality: 'oral',
  confidence: 'reported',
  legalPattern: null,
  confidential: false,
  ...extra,
});

/** Names that break naive XML; a maklun, a symmetric joint purchase, an ended conflict, an institution tie. */
const NETWORK: CenterNetwork = {
  centerId: id(99),
  at: null,
  nodes: [
    node(A, 'Batik Tulis Ibu Ṣiti & Anak'),
    node(B, 'CV "Sido <Mukti>"'),
    node(C, "Jaya's Batik", { member: false, role: null, commodity: null }),
    node(K, 'Koperasi Batik', { kind: 'institution', role: 'cooperative', regionCode: null }),
  ],
  ties: [
    tie(1, A, B),
    tie(2, B, C, { type: 'JOINT_PURCHASING', directed: false, strength: null }),
    tie(3, C, A, {
      type: 'PRICE_UNDERCUTTING',
      valence: 'conflict',
      endDate: '2021-01-01',
      confidential: true,
    }),
    tie(4, A, K, { type: 'KNOWLEDGE_SHARING', startDate: '2018-03-01' }),
  ],
};

const POSITIVE_ONLY = { signed: false };

describe('GEXF 1.3 writer', () => {
  const text = writeGexf(NETWORK, 'id');
  const root = child(parseXml(text), 'gexf');

  it('declares GEXF 1.3, a dynamic graph with dates, and escapes every name', () => {
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
    const graph = child(root, 'graph');
    expect(attrOf(graph, 'defaultedgetype')).toBe('directed');
    expect(attrOf(graph, 'timeformat')).toBe('date');
    const labels = children(child(graph, 'nodes'), 'node').map((n) => attrOf(n, 'label'));
    expect(labels).toEqual(NETWORK.nodes.map((n) => n.label));
    expect(text).toContain('CV &quot;Sido &lt;Mukti&gt;&quot;');
    expect(text).toContain('Ibu Ṣiti &amp; Anak');
  });

  it('writes per-edge direction, type as kind, weight = strength, and inclusive spells', () => {
    const edges = children(child(child(root, 'graph'), 'edges'), 'edge');
    expect(edges.map((e) => attrOf(e, 'type'))).toEqual(['directed', 'mutual', 'directed', 'directed']);
    expect(edges.map((e) => attrOf(e, 'kind'))).toEqual(NETWORK.ties.map((t) => t.type));
    expect(edges.map((e) => attrOf(e, 'weight'))).toEqual(['4', '1', '4', '4']);
    const spell = (i: number) => child(child(edges[i], 'spells'), 'spell');
    expect(attrOf(spell(2), 'start')).toBe('2019-01-01');
    expect(attrOf(spell(2), 'end')).toBe('2020-12-31');
    expect(attrOf(spell(0), 'end')).toBeUndefined();
  });

  it('reads back with our GEXF reader: same nodes, edges and signs', () => {
    const read = readGexf(text, POSITIVE_ONLY);
    expect(read.nodes).toEqual(NETWORK.nodes.map((n) => n.id));
    expect(read.directed).toBe(true);
    expect(read.edges.map((e) => [e.source, e.target, e.sign, e.weight])).toEqual([
      [A, B, 1, 4],
      [B, C, 1, 1],
      [C, A, -1, 4],
      [A, K, 1, 4],
    ]);
  });

  it('makes a network of symmetric ties only undirected, and signs coopetition 0', () => {
    const symmetric = {
      ...NETWORK,
      ties: [tie(5, A, B, { type: 'FAIR_COMPETITION', valence: 'coopetition', directed: false })],
    };
    const graph = child(child(parseXml(writeGexf(symmetric, 'en')), 'gexf'), 'graph');
    expect(attrOf(graph, 'defaultedgetype')).toBe('undirected');
    const edge = child(child(graph, 'edges'), 'edge');
    expect(attrOf(edge, 'type')).toBe('undirected');
    expect(attrOf(edge, 'label')).toBe('Plain competition');
    const values = children(child(edge, 'attvalues'), 'attvalue').map((v) => [
      attrOf(v, 'for'),
      attrOf(v, 'value'),
    ]);
    expect(values).toContainEqual(['sign', '0']);
  });
});

describe('GraphML writer', () => {
  const text = writeGraphml(NETWORK);

  it('declares a typed key for each attribute', () => {
    const keys = children(child(parseXml(text), 'graphml'), 'key').map((k) => [
      attrOf(k, 'for'),
      attrOf(k, 'attr.name'),
      attrOf(k, 'attr.type'),
    ]);
    expect(keys).toContainEqual(['node', 'member', 'boolean']);
    expect(keys).toContainEqual(['edge', 'sign', 'int']);
    expect(keys).toContainEqual(['edge', 'weight', 'double']);
    expect(keys).toContainEqual(['edge', 'directed', 'boolean']);
  });

  it('reads back with our GraphML reader: same nodes, edges and signs', () => {
    const read = readGraphml(text, POSITIVE_ONLY);
    expect(read.nodes).toEqual(NETWORK.nodes.map((n) => n.id));
    expect(read.directed).toBe(true);
    expect(read.edges.map((e) => [e.source, e.target, e.sign, e.weight])).toEqual([
      [A, B, 1, 4],
      [B, C, 1, 1],
      [C, A, -1, 4],
      [A, K, 1, 4],
    ]);
    expect(text).toContain('Batik Tulis Ibu Ṣiti &amp; Anak');
  });
});

describe('CSV writer', () => {
  it('writes Gephi headers and one row per node and per tie, quoting names', () => {
    const nodes = parse(writeNodesCsv(NETWORK), { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n.Label)).toEqual(NETWORK.nodes.map((n) => n.label));
    expect(nodes[2]).toMatchObject({ Id: C, member: 'false', role: '', commodity: '' });
    const edges = parse(writeEdgesCsv(NETWORK, 'id'), { columns: true }) as Record<string, string>[];
    expect(edges.map((e) => [e.Source, e.Target, e.Type, e.sign, e.Weight])).toEqual([
      [A, B, 'Directed', '1', '4'],
      [B, C, 'Undirected', '1', '1'],
      [C, A, 'Directed', '-1', '4'],
      [A, K, 'Directed', '1', '4'],
    ]);
    expect(edges[0]).toMatchObject({ Label: 'Maklun', Id: id(101), startDate: '2019-01-01', endDate: '' });
    expect(edges[2]?.endDate).toBe('2021-01-01');
  });
});

describe('inclusiveEnd', () => {
  it('turns an exclusive end into the last active day, across months and leap years', () => {
    expect(inclusiveEnd('2021-01-01')).toBe('2020-12-31');
    expect(inclusiveEnd('2024-03-01')).toBe('2024-02-29');
    expect(inclusiveEnd(null)).toBeNull();
  });
});
