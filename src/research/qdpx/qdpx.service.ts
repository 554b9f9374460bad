import { isUuid } from '../../db/versioned.ts';
/**
 * REFI-QDA exchange of a research project: the project's tables mapped onto the neutral model of
 * `src/formats/refi-qda/` and back.
 *
 * Export is pseudonymised and consent-cleared: only informants whose `sharing` consent is current (and
 * who have not withdrawn) become cases; a document with any other informant is left out whole (its text
 * holds their words), and so is every segment said by one. Coders become "Pengode 1…n". Import writes a
 * new project (or codes into a project's codebook) in one transaction: nothing is written on failure.
 */

import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import {
  codebookQdcString,
  emptyProject,
  LossReport,
  type QdaCode,
  type QdaProject,
  qdpxStream,
  type ReadResult,
  readRefiQda,
} from '../../formats/refi-qda/index.ts';
import { errors } from '../../shared/errors.ts';
import { type Message, tr } from '../../shared/lang.ts';
import { todayWib } from '../../shared/periods.ts';
import * as repo from './qdpx.repo.ts';
import type { ImportLoss } from './qdpx.schema.ts';
import { addTies, CASE_KIND, useVariable, VARIABLES } from './qdpx-ties.ts';

export const M = {
  notSharing: {
    id: '{count} informan tanpa persetujuan berbagi (sharing) yang berlaku tidak diekspor',
    en: '{count} informant(s) without a current sharing consent were not exported',
  },
  documentWithheld: {
    id: '{count} dokumen dengan informan tanpa persetujuan berbagi tidak diekspor',
    en: '{count} document(s) with an informant lacking sharing consent were not exported',
  },
  segmentWithheld: {
    id: '{count} segmen dari informan tanpa persetujuan berbagi tidak diekspor',
    en: '{count} segment(s) said by an informant without sharing consent were not exported',
  },
  memoNotCarried: {
    id: '{count} memo pada informan atau ikatan tidak dapat dimuat REFI-QDA dan tidak diekspor',
    en: '{count} memo(s) on informants or ties cannot be carried by REFI-QDA and were not exported',
  },
  attachmentsNotCarried: {
    id: '{count} lampiran audio tidak diekspor: suara tidak dapat disamarkan',
    en: '{count} audio attachment(s) were not exported: a voice cannot be pseudonymised',
  },
  codersMerged: {
    id: 'Berkas memuat {coders} pengode; semua segmen diimpor atas nama Anda (akun pengode lain tidak dibuat)',
    en: 'The file holds {coders} coders; every segment was imported under your name (no accounts are made for others)',
  },
  noConsent: {
    id: '{cases} kasus diimpor sebagai informan tanpa catatan persetujuan; catat persetujuannya sebelum berbagi',
    en: '{cases} case(s) were imported as informants without consent records; record their consent before sharing',
  },
  needsUser: {
    id: 'Impor memerlukan pengguna (di terminal: --as EMAIL): segmen harus memiliki pengode',
    en: 'An import needs a user (in the terminal: --as EMAIL): segments must have a coder',
  },
  notProject: {
    id: 'Berkas ini buku kode (.qdc), bukan proyek; impor ke buku kode proyek yang ada',
    en: 'This file is a codebook (.qdc), not a project; import it into an existing project’s codebook',
  },
  emptyName: { id: 'Proyek impor', en: 'Imported project' },
  noCodes: {
    id: 'Buku kode proyek ini kosong; QDC memerlukan setidaknya satu kode',
    en: 'This project’s codebook is empty; a QDC needs at least one code',
  },
} satisfies Record<string, Message>;

/** The REFI-QDA element a loss is about, for kinds whose entry does not name one. */
const ELEMENT_OF_KIND: Record<string, string> = {
  'unknown-code': 'Coding',
  'unknown-variable': 'VariableValue',
  'absolute-base-path': 'Project',
  'variable-prefix': 'Variable',
  'pdf-source': 'PDFSource',
  'picture-source': 'PictureSource',
  'audio-source': 'AudioSource',
  'video-source': 'VideoSource',
  'media-selections': 'PDFSelection',
  graphs: 'Graph',
  'external-file': 'TextSource',
  'missing-source-file': 'TextSource',
  bom: 'TextSource',
  'not-utf8': 'TextSource',
  'both-content-and-path': 'TextSource',
  crlf: 'TextSource',
  'rich-text-only': 'TextSource',
  'selection-out-of-range': 'PlainTextSelection',
  'name-mismatch': 'PlainTextSelection',
  'coders-merged': 'User',
  'no-consent': 'Case',
  'evidence-no-tie': 'Link',
  'evidence-new-project': 'Link',
  'other-links': 'Link',
};

/** A loss report as the import report's rows, in the current language. */
export function lossesOf(report: LossReport): ImportLoss[] {
  const lines = report.lines();
  return report.entries.map((e, i) => ({
    kind: e.kind,
    element: typeof e.params?.element === 'string' ? e.params.element : (ELEMENT_OF_KIND[e.kind] ?? null),
    count: e.count,
    line: e.line ?? null,
    message: lines[i] ?? '',
  }));
}

export const longHex = (color: string | null | undefined): string | null => {
  if (!color) return null;
  if (/^#[0-9A-Fa-f]{6}$/.test(color)) return color;
  const short = /^#([0-9A-Fa-f])([0-9A-Fa-f])([0-9A-Fa-f])$/.exec(color);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
};

/** How a project is exported. */
export interface ExportOptions {
  /** The installation's pseudonym key (firm pseudonyms, keyed GUIDs of registry records). */
  pseudonymKey: string;
  /** Real firm and coder names instead of pseudonyms (the policy decides who may ask). */
  identities?: boolean;
  /** The day consents are judged on (default: today in WIB). */
  today?: string;
}

/** The project's row, or 404. */
async function projectOr404(db: Db, projectId: string) {
  const row = isUuid(projectId) ? await repo.projectRow(db, projectId) : undefined;
  if (!row) throw errors.notFound('researchProject', projectId);
  return row;
}

/** The project's live code tree as the neutral model (by Simpul code id). */
async function codeTree(
  db: Db,
  projectId: string,
): Promise<{ roots: QdaCode[]; nodes: Map<string, QdaCode> }> {
  const codes = await repo.codeRows(db, projectId);
  const nodes = new Map<string, QdaCode>();
  for (const c of codes) {
    const code: QdaCode = { id: c.id, name: c.name, codable: c.is_codable, children: [] };
    const color = longHex(c.color);
    if (color) code.color = color;
    const description = [c.definition, c.examples]
      .filter((t): t is string => !!t && t.trim() !== '')
      .join('\n\n');
    if (description) code.description = description;
    nodes.set(c.id, code);
  }
  const roots: QdaCode[] = [];
  for (const c of codes) {
    const node = nodes.get(c.id) as QdaCode;
    const parent = c.parent_id ? nodes.get(c.parent_id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots, nodes };
}

/** Appends `value` to the list of `key` (in place: copying the list each time made the export quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The project as the neutral model, consent-cleared and pseudonymised, with what was withheld. */
export async function projectForExport(
  db: Db,
  projectId: string,
  options: ExportOptions,
): Promise<{ project: QdaProject; report: LossReport }> {
  const today = options.today ?? todayWib();
  const report = new LossReport();
  const row = await projectOr404(db, projectId);
  const sharing = await repo.sharingInformants(db, projectId, today);
  const cleared = new Map(sharing.map((i) => [i.id, i]));
  const everyone = await repo.allInformantIds(db, projectId);
  for (const id of everyone) if (!cleared.has(id)) report.add('not-sharing', M.notSharing);

  const project = emptyProject(row.name);
  if (row.description) project.description = row.description;
  project.createdAt = new Date(row.created_at);
  project.modifiedAt = new Date(row.updated_at);

  // The code tree.
  const { roots, nodes } = await codeTree(db, projectId);
  project.codes = roots;

  // Documents: only those whose every informant may be shared.
  const informantsOf = new Map<string, string[]>();
  for (const r of await repo.documentInformantRows(db, projectId)) {
    pushTo(informantsOf, r.document_id, r.informant_id);
  }
  const coderNames = new Map<string, string>();
  const coder = (userId: string | null): string | undefined => {
    if (!userId) return undefined;
    if (!coderNames.has(userId)) coderNames.set(userId, `Pengode ${coderNames.size + 1}`);
    return userId;
  };
  const documents = new Map<string, QdaProject['sources'][number]>();
  for (const d of await repo.documentRows(db, projectId)) {
    if ((informantsOf.get(d.id) ?? []).some((id) => !cleared.has(id))) {
      report.add('document-withheld', M.documentWithheld);
      continue;
    }
    const source: QdaProject['sources'][number] = {
      id: d.id,
      name: d.title,
      text: d.body,
      createdAt: new Date(d.created_at),
      selections: [],
      codings: [],
      values: [],
    };
    const author = coder(d.created_by);
    if (author) source.userId = author;
    documents.set(d.id, source);
    project.sources.push(source);
  }

  // Segments and their codings.
  const codingsOf = new Map<string, { code_id: string; created_at: Date | string }[]>();
  for (const c of await repo.codingRows(db, projectId)) {
    pushTo(codingsOf, c.segment_id, c);
  }
  const segmentIds = new Set<string>();
  const selectionById = new Map<string, QdaProject['sources'][number]['selections'][number]>();
  const selectionsOfInformant = new Map<string, string[]>();
  for (const s of await repo.segmentRows(db, projectId)) {
    const source = documents.get(s.document_id);
    if (!source) continue;
    if (s.informant_id && !cleared.has(s.informant_id)) {
      report.add('segment-withheld', M.segmentWithheld);
      continue;
    }
    const userId = coder(s.coder_id) as string;
    const selection: QdaProject['sources'][number]['selections'][number] = {
      id: s.id,
      start: s.start_cp,
      end: s.end_cp,
      userId,
      createdAt: new Date(s.created_at),
      codings: (codingsOf.get(s.id) ?? [])
        .filter((c) => nodes.has(c.code_id))
        .map((c) => ({
          id: `${s.id}:${c.code_id}`,
          codeId: c.code_id,
          userId,
          createdAt: new Date(c.created_at),
        })),
    };
    source.selections.push(selection);
    selectionById.set(s.id, selection);
    segmentIds.add(s.id);
    if (s.informant_id) pushTo(selectionsOfInformant, s.informant_id, s.id);
  }

  // Informants as cases (pseudonym and role only).
  if (sharing.length > 0) {
    useVariable(project, VARIABLES.caseKind);
    project.variables.push({ id: 'informant-role', name: 'Peran', type: 'Text' });
  }
  for (const i of sharing) {
    const sourceIds = [...documents.keys()].filter((id) => (informantsOf.get(id) ?? []).includes(i.id));
    project.cases.push({
      id: i.id,
      name: i.pseudonym,
      values: [
        { variableId: VARIABLES.caseKind.id, value: CASE_KIND.informant },
        { variableId: 'informant-role', value: i.role },
      ],
      sourceIds,
      selectionIds: selectionsOfInformant.get(i.id) ?? [],
    });
  }

  // Memos on what is exported; those on informants or ties cannot be carried.
  for (const m of await repo.memoRows(db, projectId)) {
    const note = { id: m.id, text: m.body, createdAt: new Date(m.created_at) } as QdaProject['notes'][number];
    const author = coder(m.author_id);
    if (author) note.userId = author;
    const target = m.target_id ?? '';
    let attached = true;
    if (m.target_kind === 'project') project.noteIds = [...(project.noteIds ?? []), m.id];
    else if (m.target_kind === 'document' && documents.has(target)) {
      const source = documents.get(target) as QdaProject['sources'][number];
      source.noteIds = [...(source.noteIds ?? []), m.id];
    } else if (m.target_kind === 'segment' && segmentIds.has(target)) {
      const selection = selectionById.get(target);
      if (selection) selection.noteIds = [...(selection.noteIds ?? []), m.id];
    } else if (m.target_kind === 'code' && nodes.has(target)) {
      const code = nodes.get(target) as QdaCode;
      code.noteIds = [...(code.noteIds ?? []), m.id];
    } else attached = false;
    if (attached) project.notes.push(note);
    else if (m.target_kind === 'informant' || m.target_kind === 'tie')
      report.add('memo-not-carried', M.memoNotCarried);
  }
  const evidence = await repo.tieEvidenceRows(db, projectId);
  addTies(project, evidence, segmentIds, options.pseudonymKey, options.identities === true, report);
  const attachments = await repo.attachmentCount(db, projectId);
  for (let i = 0; i < attachments; i++) report.add('attachments-not-carried', M.attachmentsNotCarried);

  const realNames = options.identities ? await repo.userNames(db, [...coderNames.keys()]) : new Map();
  project.users = [...coderNames.entries()].map(([id, name]) => ({ id, name: realNames.get(id) ?? name }));
  return { project, report };
}

/** A file name for the project's export (ASCII, no path characters). */
export const exportFileName = (name: string, extension: string): string =>
  `${
    name
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'proyek'
  }.${extension}`;

/** The project as a streaming `.qdpx`; `report` holds what was withheld (the writer adds to it as it goes). */
export async function exportProjectQdpx(
  db: Db,
  projectId: string,
  options: ExportOptions,
): Promise<{ stream: Readable; withheld: LossReport; written: LossReport; fileName: string }> {
  const { project, report } = await projectForExport(db, projectId, options);
  const { stream, report: written } = qdpxStream(project);
  return { stream, withheld: report, written, fileName: exportFileName(project.name, 'qdpx') };
}

/** The project's codebook as `.qdc` text. */
export async function exportCodebookQdc(
  db: Db,
  projectId: string,
): Promise<{ xml: string; fileName: string }> {
  const row = await projectOr404(db, projectId);
  const { roots } = await codeTree(db, projectId);
  if (roots.length === 0) throw errors.unprocessable(tr(M.noCodes));
  const { xml } = codebookQdcString({ codes: roots, sets: [] });
  return { xml, fileName: exportFileName(row.name, 'qdc') };
}

/** Reads `bytes` (a `.qdpx`, `.qde` or `.qdc`) before any transaction: a bad file writes nothing. */
export async function readExchangeFile(bytes: Buffer, fileName: string, strict = false): Promise<ReadResult> {
  return readRefiQda(bytes, fileName, { strict });
}
