/**
 * GML (Himsolt, "GML: A portable Graph File Format", 1997) as NetworkX, igraph, Gephi and Pajek write it:
 * `graph [ directed 0 node [ id 1 label "A" ] edge [ source 1 target 2 weight 3 sign -1 ] ]`.
 * A node is named by its `label` when it has one (GML ids must be integers), else by its id.
 */

import type { TieInput } from '../../analysis/index.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import {
  failOnProblems,
  type ParsedNetwork,
  parseSign,
  type ReaderOptions,
  structuredTie,
} from '../network-file.ts';

type GmlValue = number | string | GmlPair[];

interface GmlPair {
  key: string;
  value: GmlValue;
  line: number;
}

const where = (line: number) => tr({ id: 'baris {line}', en: 'line {line}' }, { line });

const TOKEN = /\s+|#[^\n]*|\[|\]|"[^"]*"|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z_][A-Za-z0-9_]*/y;

interface Token {
  text: string;
  line: number;
}

function tokenize(text: string, problems: ErrorDetail[]): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      problems.push({
        path: where(line),
        message: tr(
          { id: "karakter '{char}' tidak terduga", en: "unexpected character '{char}'" },
          { char: text.charAt(at) },
        ),
      });
      return tokens;
    }
    const piece = match[0];
    if (!/^\s/.test(piece) && !piece.startsWith('#')) tokens.push({ text: piece, line });
    line += piece.split('\n').length - 1;
  }
  return tokens;
}

function parseList(tokens: Token[], start: number, problems: ErrorDetail[]): [GmlPair[], number] {
  const pairs: GmlPair[] = [];
  let i = start;
  while (i < tokens.length) {
    const key = tokens[i];
    if (!key || key.text === ']') return [pairs, i];
    const value = tokens[i + 1];
    if (!/^[A-Za-z_]/.test(key.text) || !value || value.text === ']') {
      problems.push({
        path: where(key.line),
        message: tr({ id: "'{token}' tidak pada tempatnya", en: "misplaced '{token}'" }, { token: key.text }),
      });
      return [pairs, tokens.length];
    }
    if (value.text === '[') {
      const [inner, end] = parseList(tokens, i + 2, problems);
      if (tokens[end]?.text !== ']') {
        problems.push({
          path: where(key.line),
          message: tr({ id: "'[' tanpa ']' penutup", en: "'[' without a closing ']'" }),
        });
        return [pairs, tokens.length];
      }
      pairs.push({ key: key.text, value: inner, line: key.line });
      i = end + 1;
    } else {
      const text = value.text;
      const scalar = text.startsWith('"') ? text.slice(1, -1) : Number(text);
      pairs.push({ key: key.text, value: Number.isNaN(scalar) ? text : scalar, line: key.line });
      i += 2;
    }
  }
  return [pairs, i];
}

const get = (list: GmlPair[], key: string) => list.find((pair) => pair.key === key)?.value;
const lists = (list: GmlPair[], key: string) =>
  list.filter(
    (pair): pair is GmlPair & { value: GmlPair[] } => pair.key === key && Array.isArray(pair.value),
  );
const scalarText = (value: GmlValue | undefined) =>
  value === undefined || Array.isArray(value) ? undefined : String(value);

/** Reads the first `graph` of a GML file. */
export function readGml(text: string, options: ReaderOptions): ParsedNetwork {
  const problems: ErrorDetail[] = [];
  const [top] = parseList(tokenize(text, problems), 0, problems);
  failOnProblems(problems);
  const graph = lists(top, 'graph')[0];
  if (!graph) {
    failOnProblems([{ path: where(1), message: tr({ id: 'tidak ada graph [ … ]', en: 'no graph [ … ]' }) }]);
    return { nodes: [], edges: [], directed: undefined };
  }
  const names = new Map<string, string>();
  for (const node of lists(graph.value, 'node')) {
    const id = scalarText(get(node.value, 'id'));
    if (id === undefined) {
      problems.push({
        path: where(node.line),
        message: tr({ id: 'titik tanpa id', en: 'node without id' }),
      });
      continue;
    }
    names.set(id, scalarText(get(node.value, 'label')) ?? id);
  }
  const edges: TieInput[] = [];
  for (const edge of lists(graph.value, 'edge')) {
    const ends = ['source', 'target'].map((key) => names.get(scalarText(get(edge.value, key)) ?? ''));
    const weight = get(edge.value, 'weight');
    const signText = scalarText(get(edge.value, 'sign'));
    const sign = signText === undefined ? undefined : parseSign(signText);
    const [source, target] = ends;
    if (source === undefined || target === undefined) {
      problems.push({
        path: where(edge.line),
        message: tr({ id: 'ujung ikatan bukan id titik', en: 'tie end is not a node id' }),
      });
    } else if (weight !== undefined && typeof weight !== 'number') {
      problems.push({
        path: where(edge.line),
        message: tr({ id: 'bobot bukan angka', en: 'weight is not a number' }),
      });
    } else if (signText !== undefined && sign === undefined) {
      problems.push({
        path: where(edge.line),
        message: tr(
          { id: "tanda '{value}' tidak dikenal", en: "unknown sign '{value}'" },
          { value: signText },
        ),
      });
    } else {
      const tie = structuredTie(source, target, weight, sign, options);
      if (tie) edges.push(tie);
    }
  }
  failOnProblems(problems);
  return { nodes: [...names.values()], edges, directed: get(graph.value, 'directed') === 1 };
}
