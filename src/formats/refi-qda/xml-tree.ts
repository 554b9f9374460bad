/**
 * Reads a `.qde`/`.qdc` into a small element tree with line numbers (saxes), so every problem can name its
 * element and line. A document type declaration is refused outright: REFI-QDA needs none, and refusing it
 * closes external entities (XXE) and entity expansion ("billion laughs") before they start.
 */

import { SaxesParser } from 'saxes';
import { AppError } from '../../shared/errors.ts';
import { type Message, tr } from '../../shared/lang.ts';

export interface XNode {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI. */
  uri: string;
  /** Attributes by local name (namespace declarations left out). */
  attrs: Record<string, string>;
  children: XNode[];
  /** The element's own text (CDATA included), concatenated. */
  text: string;
  line: number;
}

/** A refusal (422: the file's content, not the request, is wrong) naming the element and line. */
export function xmlProblem(
  message: Message,
  params: Record<string, string | number>,
  line?: number,
): AppError {
  const where =
    line === undefined
      ? []
      : [{ path: tr({ id: 'baris {line}', en: 'line {line}' }, { line }), message: tr(message, params) }];
  return new AppError('unprocessable', tr(message, params), where);
}

const M = {
  doctype: {
    id: 'Berkas {file} memuat deklarasi DOCTYPE (baris {line}); REFI-QDA tidak memakainya dan berkas ini ditolak demi keamanan',
    en: 'The file {file} holds a DOCTYPE declaration (line {line}); REFI-QDA uses none, so the file is refused for safety',
  },
  malformed: {
    id: 'Berkas {file} bukan XML yang utuh: kesalahan pada baris {line}, di dalam elemen <{element}>',
    en: 'The file {file} is not well-formed XML: error at line {line}, inside element <{element}>',
  },
  empty: {
    id: 'Berkas {file} tidak memuat elemen XML apa pun',
    en: 'The file {file} holds no XML element',
  },
} satisfies Record<string, Message>;

class Refusal extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

/** Parses `text` (already decoded, BOM removed) from the file named `file`. */
export function parseXmlTree(text: string, file: string): XNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XNode[] = [];
  let root: XNode | undefined;
  parser.on('doctype', () => {
    throw new Refusal(xmlProblem(M.doctype, { file, line: parser.line }, parser.line));
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.local] = a.value;
    }
    const node: XNode = { name: tag.local, uri: tag.uri, attrs, children: [], text: '', line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root ??= node;
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    const element = stack[stack.length - 1]?.name ?? '?';
    throw new Refusal(
      new AppError('unprocessable', tr(M.malformed, { file, line: parser.line, element }), [
        {
          path: tr({ id: 'baris {line}', en: 'line {line}' }, { line: parser.line }),
          message: error.message,
        },
      ]),
    );
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Refusal) throw error.appError;
    const element = stack[stack.length - 1]?.name ?? '?';
    throw new AppError('unprocessable', tr(M.malformed, { file, line: parser.line, element }));
  }
  if (!root) throw new AppError('unprocessable', tr(M.empty, { file }));
  return root;
}

/** Child elements named `name`. */
export const kids = (node: XNode | undefined, name: string): XNode[] =>
  node ? node.children.filter((c) => c.name === name) : [];

/** The first child element named `name`. */
export const kid = (node: XNode | undefined, name: string): XNode | undefined =>
  node?.children.find((c) => c.name === name);
