/**
 * Turns a parsed `.qde` or `.qdc` into the neutral model, leniently: vendors' deviations (METHODS.md §7)
 * are accepted and recorded, what Simpul cannot hold is left out and counted in the loss report, and
 * only a file that is not REFI-QDA at all is refused. With `strict`, any departure from the schema that
 * this reader checks is refused instead, naming the element and line.
 */

import { AppError } from '../../shared/errors.ts';
import { type Message, tr } from '../../shared/lang.ts';
import { CodePointIndex } from './code-points.ts';
import { isGuid, normalGuid } from './guid.ts';
import { LossReport } from './loss-report.ts';
import {
  emptyProject,
  LINK_DIRECTIONS,
  type QdaCase,
  type QdaCode,
  type QdaCodebook,
  type QdaCoding,
  type QdaLinkDirection,
  type QdaNote,
  type QdaProject,
  type QdaSelection,
  type QdaSet,
  type QdaTextSource,
  type QdaVariableType,
  type QdaVariableValue,
  VARIABLE_TYPES,
} from './model.ts';
import { CODEBOOK_NAMESPACE, PROJECT_NAMESPACE } from './write-qde.ts';
import { kid, kids, type XNode } from './xml-tree.ts';

/** How a file's selections were found to count: which end, and over which text. */
export type PositionConvention =
  | 'exclusive'
  | 'inclusive'
  | 'exclusive-crlf'
  | 'inclusive-crlf'
  | 'exclusive-utf8-bytes';

/** What was learnt about one source's text while reading it. */
export interface SourceReading {
  sourceId: string;
  name: string;
  /** The convention that matched the most `@name` texts (or the default when none could be checked). */
  convention: PositionConvention;
  /** Selections whose `@name` could be compared, and how many matched under `convention`. */
  checked: number;
  matched: number;
  bomStripped: boolean;
  /** CRLF line ends turned into LF (offsets moved with them). */
  crlf: number;
}

/** Finds a package file named by `plainTextPath`; undefined when the package lacks it. */
export type SourceResolver = (path: string) => Promise<Buffer | undefined>;

export interface ReadOptions {
  /** Refuse any schema deviation instead of recording it. */
  strict?: boolean;
}

export type ReadResult =
  | { kind: 'project'; project: QdaProject; report: LossReport; sources: SourceReading[] }
  | { kind: 'codebook'; codebook: QdaCodebook; report: LossReport; sources: SourceReading[] };

const L = {
  notRefi: {
    id: 'Berkas {file} bukan proyek atau buku kode REFI-QDA: elemen akarnya <{element}> (baris {line}), seharusnya <Project> atau <CodeBook>',
    en: 'The file {file} is not a REFI-QDA project or codebook: its root element is <{element}> (line {line}), not <Project> or <CodeBook>',
  },
  schema: {
    id: 'Berkas {file} tidak sesuai skema REFI-QDA pada baris {line}, elemen <{element}>: {why}',
    en: 'The file {file} does not follow the REFI-QDA schema at line {line}, element <{element}>: {why}',
  },
  otherNamespace: {
    id: 'Ruang nama {uri} bukan milik REFI-QDA 1.0; berkas tetap dibaca',
    en: 'The namespace {uri} is not REFI-QDA 1.0’s; the file was read anyway',
  },
  unexpected: {
    id: '{count} elemen <{element}> tidak dikenal skema di tempat itu dan dilewati',
    en: '{count} element(s) <{element}> the schema does not allow there were skipped',
  },
  order: {
    id: 'Urutan elemen tidak mengikuti skema (mis. <{element}>); berkas tetap dibaca',
    en: 'Elements are not in schema order (e.g. <{element}>); the file was read anyway',
  },
  emptyContainer: {
    id: '{count} wadah kosong (mis. <{element}/>) yang tidak sah menurut skema diabaikan',
    en: '{count} empty container(s) (e.g. <{element}/>) that the schema does not allow were ignored',
  },
  badGuid: {
    id: '{count} GUID tidak berbentuk 8-4-4-4-12 heksadesimal; tetap dipakai sebagai pengenal',
    en: '{count} GUID(s) are not 8-4-4-4-12 hex; they were kept as identifiers',
  },
  missingGuid: {
    id: '{count} elemen tanpa atribut guid yang wajib diberi pengenal baru',
    en: '{count} element(s) without the required guid attribute were given a new identifier',
  },
  pdf: { id: '{count} sumber PDF tidak diimpor', en: '{count} PDF source(s) were not imported' },
  picture: { id: '{count} sumber gambar tidak diimpor', en: '{count} picture source(s) were not imported' },
  audio: {
    id: '{count} sumber audio tidak diimpor (Simpul menyimpan audio sebagai lampiran)',
    en: '{count} audio source(s) were not imported (Simpul keeps audio as attachments)',
  },
  video: {
    id: '{count} sumber video tidak diimpor (MAXQDA juga menyimpan audio sebagai video)',
    en: '{count} video source(s) were not imported (MAXQDA also stores audio as video)',
  },
  mediaSelections: {
    id: '{count} seleksi pada sumber media/PDF ikut tidak diimpor',
    en: '{count} selection(s) on media/PDF sources were not imported with them',
  },
  graphs: {
    id: '{count} graf tidak diimpor (Simpul menggambar jaringannya sendiri)',
    en: '{count} graph(s) were not imported (Simpul draws its own networks)',
  },
  richOnly: {
    id: '{count} dokumen hanya punya teks kaya (richTextPath) tanpa teks polos dan tidak diimpor',
    en: '{count} document(s) have only rich text (richTextPath), no plain text, and were not imported',
  },
  missingFile: {
    id: '{count} berkas teks dokumen tidak ada dalam paket (mis. {path}); dokumen dan segmennya tidak diimpor',
    en: '{count} document text file(s) are missing from the package (e.g. {path}); the documents and their segments were not imported',
  },
  notUtf8: {
    id: '{count} berkas teks bukan UTF-8 (mis. {path}); tidak diimpor agar teks tidak rusak',
    en: '{count} text file(s) are not UTF-8 (e.g. {path}); not imported rather than mangled',
  },
  noText: {
    id: '{count} dokumen tanpa teks (tanpa PlainTextContent maupun plainTextPath) tidak diimpor',
    en: '{count} document(s) without text (neither PlainTextContent nor plainTextPath) were not imported',
  },
  both: {
    id: '{count} dokumen memiliki PlainTextContent dan plainTextPath sekaligus; teks dari berkas dipakai',
    en: '{count} document(s) have both PlainTextContent and plainTextPath; the file’s text was used',
  },
  bom: {
    id: '{count} berkas teks diawali BOM; BOM dibuang sebelum posisi dihitung',
    en: '{count} text file(s) began with a BOM; it was removed before positions were counted',
  },
  crlf: {
    id: '{count} dokumen memakai akhir baris CRLF; diubah menjadi LF dan posisi segmen disesuaikan',
    en: '{count} document(s) used CRLF line ends; they became LF and segment positions were adjusted',
  },
  badPosition: {
    id: '{count} seleksi dengan posisi yang bukan bilangan bulat dilewati',
    en: '{count} selection(s) with positions that are not integers were skipped',
  },
  outOfRange: {
    id: '{count} seleksi di luar teks dokumennya atau kosong dilewati',
    en: '{count} selection(s) outside their document’s text, or empty, were skipped',
  },
  nameMismatch: {
    id: '{count} seleksi yang teks @name-nya tidak cocok dengan teks dokumen pada posisinya (tetap diimpor menurut posisi)',
    en: '{count} selection(s) whose @name does not match the document text at their position (imported by position)',
  },
  unknownCode: {
    id: '{count} pengodean merujuk ke kode yang tidak ada dan dilewati',
    en: '{count} coding(s) refer to a code that does not exist and were skipped',
  },
  unknownRef: {
    id: '{count} rujukan ke objek yang tidak ada atau tidak diimpor dilewati',
    en: '{count} reference(s) to objects that do not exist or were not imported were skipped',
  },
  unknownVariable: {
    id: '{count} nilai variabel tanpa variabel yang sah dilewati',
    en: '{count} variable value(s) without a valid variable were skipped',
  },
  variablePrefix: {
    id: '{count} nama variabel berawalan seperti "Cases:" dibuang awalannya',
    en: '{count} variable name(s) with a prefix such as "Cases:" had it removed',
  },
  codeIsCase: {
    id: '{count} kode ber-GUID sama dengan kasus (kebiasaan NVivo) diperlakukan sebagai kasus',
    en: '{count} code(s) sharing a GUID with a case (an NVivo habit) were treated as that case',
  },
  absoluteBase: {
    id: 'basePath proyek adalah jalur absolut ({path}) yang dapat memuat nama orang; tidak diimpor',
    en: 'The project’s basePath is an absolute path ({path}) that may hold a person’s name; it was not imported',
  },
  atlasMemos: {
    id: 'ATLAS.ti menulis memo sebagai Description tanpa nama; disimpan sebagai deskripsi',
    en: 'ATLAS.ti writes memos as anonymous Description text; they were kept as descriptions',
  },
  externalFile: {
    id: '{count} dokumen merujuk berkas di luar paket (relative:// atau absolute://); dicari menurut nama berkasnya',
    en: '{count} document(s) refer to files outside the package (relative:// or absolute://); they were looked up by file name',
  },
} satisfies Record<string, Message>;

/** Children each element may have, in schema order (for the order and unexpected-element checks). */
const CHILD_ORDER: Record<string, string[]> = {
  Project: [
    'Users',
    'CodeBook',
    'Variables',
    'Cases',
    'Sources',
    'Notes',
    'Links',
    'Sets',
    'Graphs',
    'Description',
    'NoteRef',
  ],
  CodeBookRoot: ['Codes', 'Sets'],
  CodeBook: ['Codes'],
};

const CONTAINERS = new Set([
  'Users',
  'CodeBook',
  'Codes',
  'Variables',
  'Cases',
  'Sources',
  'Notes',
  'Links',
  'Sets',
  'Graphs',
]);

class Reader {
  readonly report = new LossReport();
  readonly readings: SourceReading[] = [];
  private generated = 0;

  constructor(
    readonly file: string,
    readonly options: ReadOptions,
  ) {}

  /** A schema deviation: recorded, or (strict) refused naming the element and line. */
  deviation(
    kind: string,
    message: Message,
    node: XNode,
    why: Message,
    params: Record<string, string | number> = {},
  ): void {
    if (this.options.strict) {
      const text = tr(L.schema, {
        file: this.file,
        line: node.line,
        element: node.name,
        why: tr(why, params),
      });
      throw new AppError('unprocessable', text, [
        { path: tr({ id: 'baris {line}', en: 'line {line}' }, { line: node.line }), message: text },
      ]);
    }
    this.report.add(kind, message, node.line, { element: node.name, ...params });
  }

  /** The node's GUID as Simpul keeps it; a missing or malformed one is recorded. */
  guid(node: XNode, attribute = 'guid'): string {
    const value = node.attrs[attribute]?.trim();
    if (value === undefined || value === '') {
      this.deviation(
        'missing-guid',
        L.missingGuid,
        node,
        { id: 'atribut {attribute} wajib tidak ada', en: 'the required attribute {attribute} is missing' },
        { attribute },
      );
      this.generated++;
      return `generated-${node.line}-${this.generated}`;
    }
    if (!isGuid(value)) {
      this.deviation(
        'bad-guid',
        L.badGuid,
        node,
        { id: '"{value}" bukan GUID', en: '"{value}" is not a GUID' },
        { value },
      );
      return value;
    }
    return normalGuid(value);
  }

  /** A reference's target, normalised like `guid`. */
  ref(node: XNode, attribute = 'targetGUID'): string | undefined {
    const value = node.attrs[attribute]?.trim();
    if (value === undefined || value === '') return undefined;
    return isGuid(value) ? normalGuid(value) : value;
  }

  /** Checks the children of `node` against `order`: unknown elements and order, recorded. */
  checkChildren(node: XNode, order: readonly string[]): void {
    let last = -1;
    let disorder = false;
    for (const c of node.children) {
      const at = order.indexOf(c.name);
      if (at < 0) {
        this.deviation(
          `unexpected-element:${c.name}`,
          L.unexpected,
          c,
          {
            id: 'elemen ini tidak diizinkan di dalam <{parent}>',
            en: 'this element is not allowed inside <{parent}>',
          },
          { parent: node.name },
        );
        continue;
      }
      if (at < last && !disorder) {
        disorder = true;
        this.deviation('element-order', L.order, c, {
          id: 'elemen ini muncul terlalu awal',
          en: 'this element comes too early',
        });
      }
      last = Math.max(last, at);
      if (CONTAINERS.has(c.name) && c.children.length === 0) {
        this.deviation('empty-container', L.emptyContainer, c, {
          id: 'wadah harus memuat setidaknya satu elemen',
          en: 'a container must hold at least one element',
        });
      }
    }
  }

  codes(container: XNode | undefined, inProject: boolean): QdaCode[] {
    return kids(container, 'Code').map((node) => this.code(node, inProject));
  }

  code(node: XNode, inProject: boolean): QdaCode {
    const code: QdaCode = {
      id: this.guid(node),
      name: node.attrs.name ?? '',
      codable: (node.attrs.isCodable ?? 'true').trim() !== 'false' && node.attrs.isCodable?.trim() !== '0',
      children: [],
    };
    const color = node.attrs.color?.trim();
    if (color && /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/.test(color)) code.color = color;
    const description = kid(node, 'Description')?.text;
    if (description) code.description = description;
    if (inProject) {
      const notes = this.noteRefs(node);
      if (notes.length > 0) code.noteIds = notes;
    }
    code.children = kids(node, 'Code').map((child) => this.code(child, inProject));
    return code;
  }

  noteRefs(node: XNode): string[] {
    return kids(node, 'NoteRef')
      .map((n) => this.ref(n))
      .filter((id): id is string => id !== undefined);
  }

  coding(node: XNode): QdaCoding | undefined {
    const codeId = this.ref(kid(node, 'CodeRef') ?? node);
    if (codeId === undefined) {
      this.report.add('unknown-code', L.unknownCode, node.line);
      return undefined;
    }
    const coding: QdaCoding = { id: this.guid(node), codeId };
    const user = this.ref(node, 'creatingUser');
    if (user) coding.userId = user;
    const created = date(node.attrs.creationDateTime);
    if (created) coding.createdAt = created;
    const notes = this.noteRefs(node);
    if (notes.length > 0) coding.noteIds = notes;
    return coding;
  }

  values(node: XNode): QdaVariableValue[] {
    const out: QdaVariableValue[] = [];
    for (const v of kids(node, 'VariableValue')) {
      const variableId = this.ref(kid(v, 'VariableRef') ?? v);
      const valueNode = v.children.find((c) => c.name.endsWith('Value'));
      if (variableId === undefined || valueNode === undefined) {
        this.report.add('unknown-variable', L.unknownVariable, v.line);
        continue;
      }
      out.push({ variableId, value: valueNode.text.trim() === '' ? valueNode.text : valueNode.text.trim() });
    }
    return out;
  }
}

function date(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  // A dateTime without a zone is read as UTC (REFI-QDA asks for UTC).
  const text = /[zZ]|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Reads a parsed `.qde` (root `Project`) or `.qdc` (root `CodeBook`). */
export async function readRefiTree(
  root: XNode,
  file: string,
  resolve: SourceResolver,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const reader = new Reader(file, options);
  if (root.name === 'CodeBook') {
    if (root.uri !== CODEBOOK_NAMESPACE) {
      reader.deviation(
        'namespace',
        L.otherNamespace,
        root,
        { id: 'ruang nama {uri}', en: 'namespace {uri}' },
        { uri: root.uri || '-' },
      );
    }
    reader.checkChildren(root, CHILD_ORDER.CodeBookRoot as string[]);
    const codebook: QdaCodebook = {
      codes: reader.codes(kid(root, 'Codes'), false),
      sets: readSets(reader, kid(root, 'Sets'), 'guid'),
    };
    if (root.attrs.origin) codebook.origin = root.attrs.origin;
    return { kind: 'codebook', codebook, report: reader.report, sources: reader.readings };
  }
  if (root.name !== 'Project') {
    throw new AppError('unprocessable', tr(L.notRefi, { file, element: root.name, line: root.line }), [
      { path: tr({ id: 'baris {line}', en: 'line {line}' }, { line: root.line }), message: root.name },
    ]);
  }
  if (root.uri !== PROJECT_NAMESPACE) {
    reader.deviation(
      'namespace',
      L.otherNamespace,
      root,
      { id: 'ruang nama {uri}', en: 'namespace {uri}' },
      { uri: root.uri || '-' },
    );
  }
  reader.checkChildren(root, CHILD_ORDER.Project as string[]);
  const project = emptyProject(root.attrs.name ?? '');
  const origin = root.attrs.origin;
  if (origin) project.origin = origin;
  const created = date(root.attrs.creationDateTime);
  if (created) project.createdAt = created;
  const modified = date(root.attrs.modifiedDateTime);
  if (modified) project.modifiedAt = modified;
  if (root.attrs.creatingUserGUID) project.creatingUserId = reader.ref(root, 'creatingUserGUID');
  const basePath = root.attrs.basePath?.trim();
  if (
    basePath &&
    (basePath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(basePath) || basePath.startsWith('\\\\'))
  ) {
    reader.report.add('absolute-base-path', L.absoluteBase, root.line, { path: basePath });
  }
  if (origin && /atlas/i.test(origin)) reader.report.add('atlas-memos', L.atlasMemos);

  project.users = kids(kid(root, 'Users'), 'User').map((u) => {
    const user: { id: string; name?: string } = { id: reader.guid(u) };
    const name = u.attrs.name ?? u.attrs.id;
    if (name) user.name = name;
    return user;
  });
  const codebook = kid(root, 'CodeBook');
  if (codebook) reader.checkChildren(codebook, CHILD_ORDER.CodeBook as string[]);
  project.codes = reader.codes(kid(codebook, 'Codes'), true);

  for (const v of kids(kid(root, 'Variables'), 'Variable')) {
    let name = v.attrs.name ?? '';
    const prefixed = /^(Cases?|Sources?|Documents?|Dokumen|Kasus)\s*:\s*(.+)$/i.exec(name);
    if (prefixed) {
      name = prefixed[2] as string;
      reader.report.add('variable-prefix', L.variablePrefix, v.line);
    }
    const declared = v.attrs.typeOfVariable?.trim() as QdaVariableType | undefined;
    const type: QdaVariableType = declared && VARIABLE_TYPES.includes(declared) ? declared : 'Text';
    const variable: QdaProject['variables'][number] = { id: reader.guid(v), name, type };
    const description = kid(v, 'Description')?.text;
    if (description) variable.description = description;
    project.variables.push(variable);
  }

  project.cases = kids(kid(root, 'Cases'), 'Case').map((c) => {
    const item: QdaCase = {
      id: reader.guid(c),
      name: c.attrs.name ?? '',
      values: reader.values(c),
      sourceIds: kids(c, 'SourceRef').flatMap((r) => reader.ref(r) ?? []),
      selectionIds: kids(c, 'SelectionRef').flatMap((r) => reader.ref(r) ?? []),
    };
    const codeIds = kids(c, 'CodeRef').flatMap((r) => reader.ref(r) ?? []);
    if (codeIds.length > 0) item.codeIds = codeIds;
    const description = kid(c, 'Description')?.text;
    if (description) item.description = description;
    return item;
  });

  const sources = kid(root, 'Sources');
  for (const node of sources?.children ?? []) {
    switch (node.name) {
      case 'TextSource': {
        const source = await readTextSource(reader, node, resolve);
        if (source) project.sources.push(source);
        break;
      }
      case 'PDFSource':
      case 'PictureSource':
      case 'AudioSource':
      case 'VideoSource': {
        const kind = node.name.replace('Source', '').toLowerCase() as 'pdf' | 'picture' | 'audio' | 'video';
        reader.report.add(`${kind}-source`, L[kind], node.line);
        for (const s of node.children) {
          if (s.name.endsWith('Selection')) reader.report.add('media-selections', L.mediaSelections, s.line);
        }
        break;
      }
      default:
        reader.deviation(`unexpected-element:${node.name}`, L.unexpected, node, {
          id: 'elemen ini tidak diizinkan di dalam <Sources>',
          en: 'this element is not allowed inside <Sources>',
        });
    }
  }

  for (const n of kids(kid(root, 'Notes'), 'Note')) {
    const note = await readNote(reader, n, resolve);
    if (note) project.notes.push(note);
  }

  for (const l of kids(kid(root, 'Links'), 'Link')) {
    const link: QdaProject['links'][number] = { id: reader.guid(l) };
    if (l.attrs.name) link.name = l.attrs.name;
    const direction = l.attrs.direction?.trim() as QdaLinkDirection | undefined;
    if (direction && LINK_DIRECTIONS.includes(direction)) link.direction = direction;
    if (l.attrs.color && /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/.test(l.attrs.color))
      link.color = l.attrs.color;
    const origin = reader.ref(l, 'originGUID');
    if (origin) link.originId = origin;
    const target = reader.ref(l, 'targetGUID');
    if (target) link.targetId = target;
    const notes = reader.noteRefs(l);
    if (notes.length > 0) link.noteIds = notes;
    project.links.push(link);
  }
  project.sets = readSets(reader, kid(root, 'Sets'), 'targetGUID');
  for (const g of kids(kid(root, 'Graphs'), 'Graph')) reader.report.add('graphs', L.graphs, g.line);
  const description = kid(root, 'Description')?.text;
  if (description) project.description = description;
  const notes = reader.noteRefs(root);
  if (notes.length > 0) project.noteIds = notes;

  treatCodesSharingCaseGuids(reader, project);
  dropDanglingReferences(reader, project);
  return { kind: 'project', project, report: reader.report, sources: reader.readings };
}

function readSets(reader: Reader, container: XNode | undefined, memberAttribute: string): QdaSet[] {
  return kids(container, 'Set').map((s) => {
    const member = (name: string) =>
      kids(s, name).flatMap(
        (m) =>
          reader.ref(m, memberAttribute) ??
          reader.ref(m, memberAttribute === 'guid' ? 'targetGUID' : 'guid') ??
          [],
      );
    const set: QdaSet = {
      id: reader.guid(s),
      name: s.attrs.name ?? '',
      codeIds: member('MemberCode'),
      sourceIds: member('MemberSource'),
      noteIds: member('MemberNote'),
    };
    const description = kid(s, 'Description')?.text;
    if (description) set.description = description;
    return set;
  });
}

/** The package file of a `plainTextPath`, decoded; undefined (and recorded) when it cannot be read. */
async function sourceText(
  reader: Reader,
  node: XNode,
  path: string,
  resolve: SourceResolver,
): Promise<{ text: string; bom: boolean } | undefined> {
  if (/^(relative|absolute):\/\//i.test(path)) reader.report.add('external-file', L.externalFile, node.line);
  const bytes = await resolve(path);
  if (!bytes) {
    reader.report.add('missing-source-file', L.missingFile, node.line, { path });
    return undefined;
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
    if (bom) reader.report.add('bom', L.bom, node.line);
    return { text, bom };
  } catch {
    reader.report.add('not-utf8', L.notUtf8, node.line, { path });
    return undefined;
  }
}

async function readNote(reader: Reader, node: XNode, resolve: SourceResolver): Promise<QdaNote | undefined> {
  const path = node.attrs.plainTextPath;
  const content = kid(node, 'PlainTextContent')?.text;
  let text = content;
  if (text === undefined && path)
    text = (await sourceText(reader, node, path, resolve))?.text.replace(/\r\n?/g, '\n');
  const note: QdaNote = { id: reader.guid(node), text: text ?? kid(node, 'Description')?.text ?? '' };
  if (node.attrs.name) note.name = node.attrs.name;
  const user = reader.ref(node, 'creatingUser');
  if (user) note.userId = user;
  const created = date(node.attrs.creationDateTime);
  if (created) note.createdAt = created;
  return note;
}

interface RawSelection {
  node: XNode;
  start: number;
  end: number;
  name: string | undefined;
}

async function readTextSource(
  reader: Reader,
  node: XNode,
  resolve: SourceResolver,
): Promise<QdaTextSource | undefined> {
  const path = node.attrs.plainTextPath?.trim();
  const contentNode = kid(node, 'PlainTextContent');
  let raw: string | undefined;
  let bom = false;
  if (path) {
    if (contentNode) reader.report.add('both-content-and-path', L.both, node.line);
    const read = await sourceText(reader, node, path, resolve);
    if (read) {
      raw = read.text;
      bom = read.bom;
    } else if (contentNode) {
      raw = contentNode.text;
    } else {
      return undefined;
    }
  } else if (contentNode) {
    raw = contentNode.text;
  } else {
    reader.report.add(
      node.attrs.richTextPath ? 'rich-text-only' : 'no-text',
      node.attrs.richTextPath ? L.richOnly : L.noText,
      node.line,
    );
    return undefined;
  }

  const id = reader.guid(node);
  const rawSelections: RawSelection[] = [];
  for (const s of kids(node, 'PlainTextSelection')) {
    const start = Number(s.attrs.startPosition);
    const end = Number(s.attrs.endPosition);
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      reader.deviation('bad-position', L.badPosition, s, {
        id: 'startPosition/endPosition harus bilangan bulat',
        en: 'startPosition/endPosition must be integers',
      });
      continue;
    }
    rawSelections.push({ node: s, start, end, name: s.attrs.name });
  }

  const layout = new TextLayout(raw);
  const detected = detectConvention(layout, rawSelections);
  const text = layout.normalized;
  const index = new CodePointIndex(text);
  const selections: QdaSelection[] = [];
  for (const raw of rawSelections) {
    const span = layout.toNormalized(raw.start, raw.end, detected.convention);
    if (span.start < 0 || span.end > index.length || span.start >= span.end) {
      reader.report.add('selection-out-of-range', L.outOfRange, raw.node.line);
      continue;
    }
    if (raw.name && !namesMatch(index.slice(span.start, span.end), raw.name)) {
      reader.report.add('name-mismatch', L.nameMismatch, raw.node.line);
    }
    const selection: QdaSelection = {
      id: reader.guid(raw.node),
      start: span.start,
      end: span.end,
      codings: kids(raw.node, 'Coding').flatMap((c) => reader.coding(c) ?? []),
    };
    const user = reader.ref(raw.node, 'creatingUser');
    if (user) selection.userId = user;
    const created = date(raw.node.attrs.creationDateTime);
    if (created) selection.createdAt = created;
    const description = kid(raw.node, 'Description')?.text;
    if (description) selection.description = description;
    const notes = reader.noteRefs(raw.node);
    if (notes.length > 0) selection.noteIds = notes;
    selections.push(selection);
  }
  if (layout.crlf > 0) reader.report.add('crlf', L.crlf, node.line);

  const source: QdaTextSource = {
    id,
    name: node.attrs.name ?? path ?? '',
    text,
    selections,
    codings: kids(node, 'Coding').flatMap((c) => reader.coding(c) ?? []),
    values: reader.values(node),
  };
  const description = kid(node, 'Description')?.text;
  if (description) source.description = description;
  const user = reader.ref(node, 'creatingUser');
  if (user) source.userId = user;
  const created = date(node.attrs.creationDateTime);
  if (created) source.createdAt = created;
  const notes = reader.noteRefs(node);
  if (notes.length > 0) source.noteIds = notes;
  reader.readings.push({
    sourceId: id,
    name: source.name,
    convention: detected.convention,
    checked: detected.checked,
    matched: detected.matched,
    bomStripped: bom,
    crlf: layout.crlf,
  });
  return source;
}

/**
 * A source's text as written (`raw`, perhaps with CRLF) and as Simpul keeps it (`normalized`, LF only),
 * with the conversions of positions between the counts vendors use.
 */
class TextLayout {
  readonly normalized: string;
  /** Code-point offsets in `raw` of each CR that starts a CRLF, ascending. */
  private readonly crs: number[] = [];
  readonly crlf: number;
  private rawIndex: CodePointIndex | undefined;
  private byteStarts: Uint32Array | undefined;

  constructor(readonly raw: string) {
    let cp = 0;
    for (let i = 0; i < raw.length; i++) {
      const unit = raw.charCodeAt(i);
      if (unit === 13 && raw.charCodeAt(i + 1) === 10) this.crs.push(cp);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < raw.length) {
        const next = raw.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      cp++;
    }
    this.crlf = this.crs.length;
    this.normalized = raw.replace(/\r\n?/g, '\n');
  }

  /** Code points of `raw` before raw offset `offset` that a CRLF → LF removes. */
  private removedBefore(offset: number): number {
    let lo = 0;
    let hi = this.crs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.crs[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Raw code-point offset of UTF-8 byte offset `byte` of `raw` (rounded up to a code point). */
  private fromBytes(byte: number): number {
    if (!this.byteStarts) {
      const starts: number[] = [];
      let b = 0;
      for (const ch of this.raw) {
        starts.push(b);
        b += Buffer.byteLength(ch, 'utf8');
      }
      starts.push(b);
      this.byteStarts = Uint32Array.from(starts);
    }
    const starts = this.byteStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < byte) lo = mid + 1;
      else hi = mid;
    }
    return byte > (starts[starts.length - 1] as number) ? byte : lo;
  }

  /** `[start, end)` in normalized code points, from the file's positions read under `convention`. */
  toNormalized(start: number, end: number, convention: PositionConvention): { start: number; end: number } {
    let s = start;
    let e = end;
    if (convention === 'exclusive-utf8-bytes') {
      s = this.fromBytes(start);
      e = this.fromBytes(end);
    }
    if (convention === 'inclusive' || convention === 'inclusive-crlf') e += 1;
    if (
      convention === 'exclusive-crlf' ||
      convention === 'inclusive-crlf' ||
      convention === 'exclusive-utf8-bytes'
    ) {
      s -= this.removedBefore(s);
      e -= this.removedBefore(e);
    }
    return { start: s, end: e };
  }

  /** The text a selection covers under `convention`, for comparing with its `@name`. */
  covered(start: number, end: number, convention: PositionConvention): string {
    const span = this.toNormalized(start, end, convention);
    this.rawIndex ??= new CodePointIndex(this.normalized);
    if (span.start < 0 || span.end > this.rawIndex.length || span.start > span.end) return '\u0000';
    return this.rawIndex.slice(span.start, span.end);
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a selection's text matches its `@name`: equal but for whitespace, or a truncated name's prefix. */
function namesMatch(covered: string, name: string): boolean {
  const a = squash(covered);
  const b = squash(name);
  if (a === b) return true;
  const truncated = b.replace(/(…|\.\.\.)$/, '').trimEnd();
  return truncated.length >= 8 && truncated.length < a.length && a.startsWith(truncated);
}

/** Conventions in order of preference when several match equally (the spec's reading first). */
const CONVENTIONS: PositionConvention[] = [
  'exclusive',
  'exclusive-crlf',
  'inclusive',
  'inclusive-crlf',
  'exclusive-utf8-bytes',
];

/**
 * Which convention this file's positions follow: each is tried on up to 200 selections that carry their
 * text in `@name`, and the one that reproduces the most wins. The CRLF variants count a CRLF as two code
 * points (MAXQDA); without any CRLF in the text they equal the plain ones and are not tried.
 */
function detectConvention(
  layout: TextLayout,
  selections: readonly RawSelection[],
): { convention: PositionConvention; checked: number; matched: number } {
  const named = selections.filter((s) => s.name !== undefined && squash(s.name) !== '').slice(0, 200);
  if (named.length === 0) {
    return { convention: layout.crlf > 0 ? 'exclusive-crlf' : 'exclusive', checked: 0, matched: 0 };
  }
  const ascii = Buffer.byteLength(layout.raw, 'utf8') === layout.raw.length;
  let best: PositionConvention = 'exclusive';
  let bestMatched = -1;
  for (const convention of CONVENTIONS) {
    if (layout.crlf === 0 && convention.endsWith('-crlf')) continue;
    if (ascii && convention === 'exclusive-utf8-bytes') continue;
    let matched = 0;
    for (const s of named) {
      if (namesMatch(layout.covered(s.start, s.end, convention), s.name as string)) matched++;
    }
    if (matched > bestMatched) {
      best = convention;
      bestMatched = matched;
    }
  }
  return { convention: best, checked: named.length, matched: bestMatched };
}

/** NVivo may give a case and a code one GUID: such a code is the case, and its codings link the case. */
function treatCodesSharingCaseGuids(reader: Reader, project: QdaProject): void {
  const cases = new Map(project.cases.map((c) => [c.id, c]));
  if (cases.size === 0) return;
  const caseCodes = new Set<string>();
  const prune = (codes: QdaCode[]): QdaCode[] =>
    codes.flatMap((code) => {
      code.children = prune(code.children);
      if (!cases.has(code.id)) return [code];
      caseCodes.add(code.id);
      reader.report.add('code-is-case', L.codeIsCase);
      return code.children;
    });
  project.codes = prune(project.codes);
  if (caseCodes.size === 0) return;
  for (const source of project.sources) {
    for (const selection of source.selections) {
      selection.codings = selection.codings.filter((c) => {
        if (!caseCodes.has(c.codeId)) return true;
        cases.get(c.codeId)?.selectionIds.push(selection.id);
        return false;
      });
    }
    source.codings = source.codings.filter((c) => {
      if (!caseCodes.has(c.codeId)) return true;
      cases.get(c.codeId)?.sourceIds.push(source.id);
      return false;
    });
  }
}

/** References to objects the file lacks (or that were not imported) are removed and counted. */
function dropDanglingReferences(reader: Reader, project: QdaProject): void {
  const codes = new Set<string>();
  const collect = (list: QdaCode[]) => {
    for (const c of list) {
      codes.add(c.id);
      collect(c.children);
    }
  };
  collect(project.codes);
  const sources = new Set(project.sources.map((s) => s.id));
  const selections = new Set(project.sources.flatMap((s) => s.selections.map((sel) => sel.id)));
  const notes = new Set(project.notes.map((n) => n.id));
  const variables = new Set(project.variables.map((v) => v.id));
  const users = new Set(project.users.map((u) => u.id));
  const keep = (
    ids: string[] | undefined,
    known: Set<string>,
    kind = 'unknown-reference',
  ): string[] | undefined => {
    if (!ids) return ids;
    const kept = ids.filter((id) => known.has(id));
    for (let i = kept.length; i < ids.length; i++)
      reader.report.add(kind, kind === 'unknown-code' ? L.unknownCode : L.unknownRef);
    return kept;
  };
  const knownVariable = (v: QdaVariableValue): boolean => {
    if (variables.has(v.variableId)) return true;
    reader.report.add('unknown-variable', L.unknownVariable);
    return false;
  };
  const user = <T extends { userId?: string }>(item: T) => {
    if (item.userId !== undefined && !users.has(item.userId)) delete item.userId;
  };
  const codings = (list: QdaCoding[]) =>
    list.filter((c) => {
      user(c);
      if (c.noteIds) c.noteIds = keep(c.noteIds, notes);
      if (codes.has(c.codeId)) return true;
      reader.report.add('unknown-code', L.unknownCode);
      return false;
    });
  const codeNotes = (list: QdaCode[]) => {
    for (const c of list) {
      if (c.noteIds) c.noteIds = keep(c.noteIds, notes);
      codeNotes(c.children);
    }
  };
  codeNotes(project.codes);
  for (const source of project.sources) {
    user(source);
    source.codings = codings(source.codings);
    if (source.noteIds) source.noteIds = keep(source.noteIds, notes);
    source.values = source.values.filter(knownVariable);
    for (const selection of source.selections) {
      user(selection);
      selection.codings = codings(selection.codings);
      if (selection.noteIds) selection.noteIds = keep(selection.noteIds, notes);
    }
  }
  for (const c of project.cases) {
    c.sourceIds = keep(c.sourceIds, sources) ?? [];
    c.selectionIds = keep(c.selectionIds, selections) ?? [];
    if (c.codeIds) c.codeIds = keep(c.codeIds, codes);
    c.values = c.values.filter(knownVariable);
  }
  for (const n of project.notes) user(n);
  for (const s of project.sets) {
    s.codeIds = keep(s.codeIds, codes) ?? [];
    s.sourceIds = keep(s.sourceIds, sources) ?? [];
    s.noteIds = keep(s.noteIds, notes) ?? [];
  }
  for (const l of project.links) if (l.noteIds) l.noteIds = keep(l.noteIds, notes);
  if (project.noteIds) project.noteIds = keep(project.noteIds, notes);
  if (project.creatingUserId !== undefined && !users.has(project.creatingUserId))
    delete project.creatingUserId;
}
