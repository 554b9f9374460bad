/**
 * Writes a `QdaProject` as REFI-QDA `project.qde` and a `QdaCodebook` as `.qdc`, as a stream of string
 * chunks in schema order (Users → CodeBook → Variables → Cases → Sources → Notes → Links → Sets →
 * Description → NoteRef), leaving out empty containers (the schema wants at least one child in each).
 * What the schema cannot carry is left out and recorded in the export report instead of failing.
 */

import type { Message } from '../../shared/lang.ts';
import { escapeXml } from '../xml/xml-writer.ts';
import { uuidV5 } from './guid.ts';
import type { LossReport } from './loss-report.ts';
import {
  allCodes,
  type QdaCase,
  type QdaCode,
  type QdaCodebook,
  type QdaCoding,
  type QdaNote,
  type QdaProject,
  type QdaSelection,
  type QdaSet,
  type QdaTextSource,
  type QdaVariable,
  type QdaVariableValue,
} from './model.ts';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** How `endPosition` is written: the first code point after the selection (default) or its last one. */
export type EndConvention = 'exclusive' | 'inclusive';

export interface WriteOptions {
  /** Default `exclusive`, as QualCoder writes and Simpul stores. */
  endConvention?: EndConvention;
  /** `origin` attribute; default `Simpul`. */
  origin?: string;
  /**
   * The GUID of an entity of `kind` with stable `id`. Default: a UUIDv5 of `kind:id` in Simpul's
   * namespace, so the same project exports the same GUIDs every time.
   */
  guid?: (kind: GuidKind, id: string) => string;
}

export type GuidKind =
  | 'user'
  | 'code'
  | 'variable'
  | 'case'
  | 'source'
  | 'selection'
  | 'coding'
  | 'note'
  | 'link'
  | 'set';

export const defaultGuid = (kind: GuidKind, id: string): string => uuidV5(`${kind}:${id}`);

/** The path of a source's text inside the package. */
export const sourceEntryName = (guid: string): string => `sources/${guid}.txt`;

const RGB = /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;

/** Attribute text: escaped, and line breaks/tabs as character references so parsers keep them. */
function attr(value: string): string {
  return escapeXml(value).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Element text: escaped, carriage returns kept as references (parsers would turn CRLF into LF). */
function text(value: string): string {
  return escapeXml(value).replace(/\r/g, '&#13;');
}

/** `xsd:dateTime` in UTC without milliseconds. */
export function utcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

type Attrs = Record<string, string | number | boolean | undefined>;

function open(name: string, attrs: Attrs, selfClose = false): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${attr(String(value))}"`;
  }
  return `${out}${selfClose ? '/>' : '>'}`;
}

const M = {
  badColor: {
    id: '{count} warna kode bukan #rrggbb dan tidak diekspor',
    en: '{count} code colour(s) are not #rrggbb and were not exported',
  },
  badValue: {
    id: '{count} nilai variabel tidak cocok dengan jenisnya dan tidak diekspor',
    en: '{count} variable value(s) do not fit their type and were not exported',
  },
  unknownReference: {
    id: '{count} rujukan ke objek yang tidak ada dalam proyek dilewati',
    en: '{count} reference(s) to objects missing from the project were skipped',
  },
  badSelection: {
    id: '{count} segmen di luar teks dokumennya tidak diekspor',
    en: '{count} segment(s) outside their document’s text were not exported',
  },
  setMembersDropped: {
    id: '{count} anggota set (dokumen atau catatan) tidak dapat dimuat dalam buku kode QDC',
    en: '{count} set member(s) (documents or notes) cannot be carried by a QDC codebook',
  },
} satisfies Record<string, Message>;

/** Checks of a variable value against its type; the text that is written, or undefined when it does not fit. */
function typedValue(type: QdaVariable['type'], value: string): string | undefined {
  const v = value.trim();
  switch (type) {
    case 'Text':
      return value;
    case 'Boolean':
      return /^(true|false|1|0)$/.test(v) ? v : undefined;
    case 'Integer':
      return /^[+-]?\d+$/.test(v) ? v : undefined;
    case 'Float':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v) ? v : undefined;
    case 'Date':
      return /^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/.test(v) ? v : undefined;
    case 'DateTime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(v) ? v : undefined;
  }
}

const VALUE_ELEMENT: Record<QdaVariable['type'], string> = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
};

/** The writer's state for one project: GUIDs of the entities that exist, so dangling references drop. */
class Context {
  readonly known = new Map<GuidKind, Set<string>>();
  readonly variables = new Map<string, QdaVariable>();
  /** GUIDs of the entities referenced many times (codes, users, variables), computed once each. */
  private readonly cached = new Map<string, string>();
  readonly guid: (kind: GuidKind, id: string) => string;
  constructor(
    guid: (kind: GuidKind, id: string) => string,
    readonly report: LossReport,
  ) {
    this.guid = (kind, id) => {
      if (kind !== 'code' && kind !== 'user' && kind !== 'variable' && kind !== 'note') return guid(kind, id);
      const key = `${kind}:${id}`;
      let value = this.cached.get(key);
      if (value === undefined) {
        value = guid(kind, id);
        this.cached.set(key, value);
      }
      return value;
    };
  }

  register(kind: GuidKind, id: string): void {
    let set = this.known.get(kind);
    if (!set) {
      set = new Set();
      this.known.set(kind, set);
    }
    set.add(id);
  }

  /** The GUID of a referenced entity, or undefined (and a recorded loss) when the project lacks it. */
  ref(kind: GuidKind, id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    if (!this.known.get(kind)?.has(id)) {
      this.report.add('unknown-reference', M.unknownReference);
      return undefined;
    }
    return this.guid(kind, id);
  }
}

function* noteRefs(ctx: Context, ids: readonly string[] | undefined): Generator<string> {
  for (const id of ids ?? []) {
    const guid = ctx.ref('note', id);
    if (guid) yield open('NoteRef', { targetGUID: guid }, true);
  }
}

function* description(value: string | undefined): Generator<string> {
  if (value !== undefined && value !== '') yield `<Description>${text(value)}</Description>`;
}

function color(ctx: Context, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (RGB.test(value)) return value;
  ctx.report.add('bad-color', M.badColor);
  return undefined;
}

function* codeElement(ctx: Context, code: QdaCode, inProject: boolean): Generator<string> {
  const attrs = {
    guid: ctx.guid('code', code.id),
    name: code.name,
    isCodable: code.codable,
    color: color(ctx, code.color),
  };
  const notes = inProject ? [...noteRefs(ctx, code.noteIds)] : [];
  if ((code.description ?? '') === '' && notes.length === 0 && code.children.length === 0) {
    yield open('Code', attrs, true);
    return;
  }
  yield open('Code', attrs);
  yield* description(code.description);
  yield* notes;
  for (const child of code.children) yield* codeElement(ctx, child, inProject);
  yield '</Code>';
}

function* variableValue(ctx: Context, value: QdaVariableValue): Generator<string> {
  const variable = ctx.variables.get(value.variableId);
  if (!variable) {
    ctx.report.add('unknown-reference', M.unknownReference);
    return;
  }
  const written = typedValue(variable.type, value.value);
  if (written === undefined) {
    ctx.report.add('bad-value', M.badValue);
    return;
  }
  const element = VALUE_ELEMENT[variable.type];
  yield `<VariableValue>${open('VariableRef', { targetGUID: ctx.guid('variable', variable.id) }, true)}<${element}>${text(written)}</${element}></VariableValue>`;
}

function* caseElement(ctx: Context, item: QdaCase): Generator<string> {
  yield open('Case', { guid: ctx.guid('case', item.id), name: item.name });
  yield* description(item.description);
  for (const id of item.codeIds ?? []) {
    const guid = ctx.ref('code', id);
    if (guid) yield open('CodeRef', { targetGUID: guid }, true);
  }
  for (const value of item.values) yield* variableValue(ctx, value);
  for (const id of item.sourceIds) {
    const guid = ctx.ref('source', id);
    if (guid) yield open('SourceRef', { targetGUID: guid }, true);
  }
  for (const id of item.selectionIds) {
    const guid = ctx.ref('selection', id);
    if (guid) yield open('SelectionRef', { targetGUID: guid }, true);
  }
  yield '</Case>';
}

function* coding(ctx: Context, item: QdaCoding): Generator<string> {
  const code = ctx.ref('code', item.codeId);
  if (!code) return;
  yield open('Coding', {
    guid: ctx.guid('coding', item.id),
    creatingUser: ctx.ref('user', item.userId),
    creationDateTime: item.createdAt ? utcDateTime(item.createdAt) : undefined,
  });
  yield open('CodeRef', { targetGUID: code }, true);
  yield* noteRefs(ctx, item.noteIds);
  yield '</Coding>';
}

function* selection(
  ctx: Context,
  item: QdaSelection,
  index: CodePointSlicer,
  end: EndConvention,
): Generator<string> {
  if (
    !(Number.isInteger(item.start) && Number.isInteger(item.end)) ||
    item.start < 0 ||
    item.end < item.start ||
    item.end > index.length
  ) {
    ctx.report.add('bad-selection', M.badSelection);
    return;
  }
  yield open('PlainTextSelection', {
    guid: ctx.guid('selection', item.id),
    name: index.slice(item.start, item.end),
    startPosition: item.start,
    endPosition: end === 'exclusive' ? item.end : Math.max(item.start, item.end - 1),
    creatingUser: ctx.ref('user', item.userId),
    creationDateTime: item.createdAt ? utcDateTime(item.createdAt) : undefined,
  });
  yield* description(item.description);
  for (const c of item.codings) yield* coding(ctx, c);
  yield* noteRefs(ctx, item.noteIds);
  yield '</PlainTextSelection>';
}

interface CodePointSlicer {
  length: number;
  slice(start: number, end: number): string;
}

function* textSource(
  ctx: Context,
  source: QdaTextSource,
  end: EndConvention,
  slicer: (text: string) => CodePointSlicer,
): Generator<string> {
  const guid = ctx.guid('source', source.id);
  yield open('TextSource', {
    guid,
    name: source.name,
    plainTextPath: `internal://${guid}.txt`,
    creatingUser: ctx.ref('user', source.userId),
    creationDateTime: source.createdAt ? utcDateTime(source.createdAt) : undefined,
  });
  yield* description(source.description);
  const index = slicer(source.text);
  for (const s of source.selections) yield* selection(ctx, s, index, end);
  for (const c of source.codings) yield* coding(ctx, c);
  yield* noteRefs(ctx, source.noteIds);
  for (const value of source.values) yield* variableValue(ctx, value);
  yield '</TextSource>';
}

function* note(ctx: Context, item: QdaNote): Generator<string> {
  yield open('Note', {
    guid: ctx.guid('note', item.id),
    name: item.name,
    creatingUser: ctx.ref('user', item.userId),
    creationDateTime: item.createdAt ? utcDateTime(item.createdAt) : undefined,
  });
  yield `<PlainTextContent>${text(item.text)}</PlainTextContent>`;
  yield '</Note>';
}

function* projectSet(ctx: Context, set: QdaSet): Generator<string> {
  yield open('Set', { guid: ctx.guid('set', set.id), name: set.name });
  yield* description(set.description);
  for (const id of set.codeIds) {
    const guid = ctx.ref('code', id);
    if (guid) yield open('MemberCode', { targetGUID: guid }, true);
  }
  for (const id of set.sourceIds) {
    const guid = ctx.ref('source', id);
    if (guid) yield open('MemberSource', { targetGUID: guid }, true);
  }
  for (const id of set.noteIds) {
    const guid = ctx.ref('note', id);
    if (guid) yield open('MemberNote', { targetGUID: guid }, true);
  }
  yield '</Set>';
}

/** The chunks of `project.qde` for `project`; losses go to `report` as the chunks are produced. */
export function* projectXml(
  project: QdaProject,
  report: LossReport,
  options: WriteOptions = {},
  slicer: (text: string) => CodePointSlicer,
): Generator<string> {
  const end = options.endConvention ?? 'exclusive';
  const ctx = new Context(options.guid ?? defaultGuid, report);
  for (const u of project.users) ctx.register('user', u.id);
  for (const c of allCodes(project.codes)) ctx.register('code', c.id);
  for (const v of project.variables) {
    ctx.register('variable', v.id);
    ctx.variables.set(v.id, v);
  }
  for (const c of project.cases) ctx.register('case', c.id);
  for (const s of project.sources) {
    ctx.register('source', s.id);
    for (const sel of s.selections) ctx.register('selection', sel.id);
  }
  for (const n of project.notes) ctx.register('note', n.id);

  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield open('Project', {
    xmlns: PROJECT_NAMESPACE,
    name: project.name,
    origin: options.origin ?? project.origin ?? 'Simpul',
    creatingUserGUID: ctx.ref('user', project.creatingUserId),
    creationDateTime: project.createdAt ? utcDateTime(project.createdAt) : undefined,
    modifiedDateTime: project.modifiedAt ? utcDateTime(project.modifiedAt) : undefined,
  });
  yield '\n';
  if (project.users.length > 0) {
    yield '<Users>';
    for (const u of project.users) yield open('User', { guid: ctx.guid('user', u.id), name: u.name }, true);
    yield '</Users>\n';
  }
  if (project.codes.length > 0) {
    yield '<CodeBook><Codes>';
    for (const c of project.codes) yield* codeElement(ctx, c, true);
    yield '</Codes></CodeBook>\n';
  }
  if (project.variables.length > 0) {
    yield '<Variables>';
    for (const v of project.variables) {
      const attrs = { guid: ctx.guid('variable', v.id), name: v.name, typeOfVariable: v.type };
      if ((v.description ?? '') === '') yield open('Variable', attrs, true);
      else yield `${open('Variable', attrs)}${[...description(v.description)].join('')}</Variable>`;
    }
    yield '</Variables>\n';
  }
  if (project.cases.length > 0) {
    yield '<Cases>';
    for (const c of project.cases) yield* caseElement(ctx, c);
    yield '</Cases>\n';
  }
  if (project.sources.length > 0) {
    yield '<Sources>\n';
    for (const s of project.sources) {
      yield* textSource(ctx, s, end, slicer);
      yield '\n';
    }
    yield '</Sources>\n';
  }
  if (project.notes.length > 0) {
    yield '<Notes>';
    for (const n of project.notes) yield* note(ctx, n);
    yield '</Notes>\n';
  }
  if (project.links.length > 0) {
    yield '<Links>';
    for (const link of project.links) {
      const refs = [...noteRefs(ctx, link.noteIds)];
      const attrs = {
        guid: ctx.guid('link', link.id),
        name: link.name,
        direction: link.direction,
        color: color(ctx, link.color),
        originGUID: linkEnd(ctx, link.originId),
        targetGUID: linkEnd(ctx, link.targetId),
      };
      yield refs.length === 0 ? open('Link', attrs, true) : `${open('Link', attrs)}${refs.join('')}</Link>`;
    }
    yield '</Links>\n';
  }
  if (project.sets.length > 0) {
    yield '<Sets>';
    for (const s of project.sets) yield* projectSet(ctx, s);
    yield '</Sets>\n';
  }
  yield* description(project.description);
  yield* noteRefs(ctx, project.noteIds);
  yield '</Project>\n';
}

/** A link may join any two objects: the GUID of whichever kind holds the id. */
function linkEnd(ctx: Context, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  for (const kind of ['case', 'code', 'source', 'selection', 'note'] as const) {
    if (ctx.known.get(kind)?.has(id)) return ctx.guid(kind, id);
  }
  ctx.report.add('unknown-reference', M.unknownReference);
  return undefined;
}

/** The chunks of a `.qdc` codebook. A codebook without codes cannot be written (the schema needs one). */
export function* codebookXml(
  codebook: QdaCodebook,
  report: LossReport,
  options: WriteOptions = {},
): Generator<string> {
  const ctx = new Context(options.guid ?? defaultGuid, report);
  for (const c of allCodes(codebook.codes)) ctx.register('code', c.id);
  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield open('CodeBook', {
    xmlns: CODEBOOK_NAMESPACE,
    origin: options.origin ?? codebook.origin ?? 'Simpul',
  });
  yield '\n<Codes>';
  for (const c of codebook.codes) yield* codeElement(ctx, c, false);
  yield '</Codes>\n';
  if (codebook.sets.length > 0) {
    yield '<Sets>';
    for (const set of codebook.sets) {
      const dropped = set.sourceIds.length + set.noteIds.length;
      for (let i = 0; i < dropped; i++) report.add('set-members-dropped', M.setMembersDropped);
      yield open('Set', { guid: ctx.guid('set', set.id), name: set.name });
      yield* description(set.description);
      for (const id of set.codeIds) {
        const guid = ctx.ref('code', id);
        if (guid) yield open('MemberCode', { guid }, true);
      }
      yield '</Set>';
    }
    yield '</Sets>\n';
  }
  yield '</CodeBook>\n';
}
