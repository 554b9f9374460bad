/**
 * The compact wire format of a centre's network (`CompactNetworkSchema`), shared by the server, which
 * encodes, and the web, which decodes: ~1,400 ties travel as a dozen arrays of small integers and dates
 * instead of 1,400 objects that each repeat two node ids, a type name and seven field names.
 */

import type { CenterNetwork, CompactNetwork, NetworkTie } from './network.schema.ts';

type Coded = 'type' | 'valence' | 'frequency' | 'formality' | 'confidence' | 'legalPattern';

/** A lookup table built while encoding: each distinct value gets the next small integer. */
function codeTable<T extends string>() {
  const values: T[] = [];
  const index = new Map<T, number>();
  return {
    values,
    code(value: T): number {
      let i = index.get(value);
      if (i === undefined) {
        i = values.length;
        values.push(value);
        index.set(value, i);
      }
      return i;
    },
  };
}

/**
 * `network` in the compact wire format; `decodeNetwork` gives it back exactly, or, without the ties' ids
 * (`tieIds: false`), with each tie keyed by its position instead.
 */
export function encodeNetwork(network: CenterNetwork, { tieIds = true } = {}): CompactNetwork {
  const nodeIndex = new Map(network.nodes.map((n, i) => [n.id, i]));
  const at = (id: string): number => {
    const i = nodeIndex.get(id);
    if (i === undefined) throw new Error(`tie end ${id} is not a node of the network`);
    return i;
  };
  const tables = {
    type: codeTable<NetworkTie['type']>(),
    valence: codeTable<NetworkTie['valence']>(),
    frequency: codeTable<string>(),
    formality: codeTable<string>(),
    confidence: codeTable<string>(),
    legalPattern: codeTable<string>(),
  };
  const ts = network.ties;
  return {
    format: 'compact',
    centerId: network.centerId,
    at: network.at,
    nodes: network.nodes,
    codes: {
      type: tables.type.values,
      valence: tables.valence.values,
      frequency: tables.frequency.values,
      formality: tables.formality.values,
      confidence: tables.confidence.values,
      legalPattern: tables.legalPattern.values,
    },
    ties: {
      ...(tieIds && { id: ts.map((t) => t.id) }),
      source: ts.map((t) => at(t.source)),
      target: ts.map((t) => at(t.target)),
      type: ts.map((t) => tables.type.code(t.type)),
      valence: ts.map((t) => tables.valence.code(t.valence)),
      directed: ts.map((t) => (t.directed ? 1 : 0)),
      startDate: ts.map((t) => t.startDate),
      endDate: ts.map((t) => t.endDate),
      strength: ts.map((t) => t.strength),
      frequency: ts.map((t) => (t.frequency === null ? null : tables.frequency.code(t.frequency))),
      formality: ts.map((t) => tables.formality.code(t.formality)),
      confidence: ts.map((t) => tables.confidence.code(t.confidence)),
      legalPattern: ts.map((t) =>
        t.legalPattern === null ? null : tables.legalPattern.code(t.legalPattern),
      ),
      confidential: ts.map((t) => (t.confidential ? 1 : 0)),
    },
  };
}

/** The network in its full shape, from either wire format (the full one passes through unchanged). */
export function decodeNetwork(wire: CenterNetwork | CompactNetwork): CenterNetwork {
  if (!('format' in wire)) return wire;
  const { nodes, codes, ties } = wire;
  const lookup = <K extends Coded>(field: K, i: number): CompactNetwork['codes'][K][number] => {
    const value = codes[field][i];
    if (value === undefined) throw new Error(`unknown ${field} code ${i}`);
    return value;
  };
  const node = (i: number): string => {
    const n = nodes[i];
    if (!n) throw new Error(`unknown node index ${i}`);
    return n.id;
  };
  const nullable = (field: 'frequency' | 'legalPattern', i: number | null | undefined) =>
    i === null || i === undefined ? null : lookup(field, i);
  return {
    centerId: wire.centerId,
    at: wire.at,
    nodes,
    ties: ties.source.map((_, k) => ({
      id: ties.id?.[k] ?? `tie-${k}`,
      source: node(ties.source[k] as number),
      target: node(ties.target[k] as number),
      type: lookup('type', ties.type[k] as number),
      valence: lookup('valence', ties.valence[k] as number),
      directed: ties.directed[k] === 1,
      startDate: ties.startDate[k] as string,
      endDate: ties.endDate[k] ?? null,
      strength: ties.strength[k] ?? null,
      frequency: nullable('frequency', ties.frequency[k]),
      formality: lookup('formality', ties.formality[k] as number),
      confidence: lookup('confidence', ties.confidence[k] as number),
      legalPattern: nullable('legalPattern', ties.legalPattern[k]),
      confidential: ties.confidential[k] === 1,
    })),
  };
}
