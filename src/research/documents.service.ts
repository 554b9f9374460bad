import { createHash } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { codePointLength } from '../shared/code-points.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import {
  documentHasSegments,
  documentHasText,
  findDocumentText,
  insertDocumentRow,
  listDocumentLinkRows,
  listDocumentRows,
  lockDocumentRow,
  projectInformantIds,
  projectMemberIds,
  replaceDocumentInformants,
  replaceDocumentInterviewers,
  updateDocumentRow,
  updateDocumentText,
} from './documents.repo.ts';
import { projectExists } from './projects.repo.ts';
import {
  type DocumentCreate,
  type DocumentUpdate,
  MAX_TRANSCRIPT_CODE_POINTS,
  type ResearchDocument,
} from './projects.schema.ts';
import { actorUserId, logResearchEvent } from './projects.service.ts';
import type { DocumentKind, DocumentSourceFormat } from './research.table.ts';
import { normalizeLineEnds } from './transcript.ts';

/** Interviews, field notes and documents with their transcripts (issue #21 point 3). */

const TEXT_FROZEN = {
  id: 'Teks dokumen tidak dapat diubah karena sudah ada segmen yang dikode padanya.',
  en: 'The document’s text cannot be changed: segments have already been coded on it.',
};
const NOT_INFORMANT = {
  id: 'Informan ini bukan informan proyek.',
  en: 'This informant does not belong to the project.',
};
const NOT_MEMBER = {
  id: 'Pewawancara harus anggota proyek.',
  en: 'Interviewers must be project members.',
};
const TOO_LONG = {
  id: 'Transkrip terlalu panjang: paling banyak {max} karakter.',
  en: 'The transcript is too long: at most {max} characters.',
};
const ERASED = {
  id: 'Teks dokumen ini telah dihapus karena semua informannya mengundurkan diri.',
  en: 'This document’s text was erased: all its informants withdrew from the study.',
};

/** What a new document carries besides its text. */
export interface DocumentMeta {
  kind: DocumentKind;
  title: string;
  heldOn?: string | null | undefined;
  place?: string | null | undefined;
  informantIds: readonly string[];
  interviewerIds: readonly string[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function assertProject(db: Db, projectId: string): Promise<void> {
  if (!isUuid(projectId)) throw errors.notFound('researchProject', projectId);
  if (!(await projectExists(db, projectId))) throw errors.notFound('researchProject', projectId);
}

async function checkPeople(
  trx: Db,
  projectId: string,
  informantIds: readonly string[] | undefined,
  interviewerIds: readonly string[] | undefined,
): Promise<void> {
  if (informantIds && informantIds.length > 0) {
    const known = new Set(await projectInformantIds(trx, projectId, informantIds));
    const index = informantIds.findIndex((id) => !known.has(id));
    if (index >= 0)
      throw errors.unprocessable(tr(NOT_INFORMANT), [
        { path: `informantIds.${index}`, message: tr(NOT_INFORMANT) },
      ]);
  }
  if (interviewerIds && interviewerIds.length > 0) {
    const known = new Set(await projectMemberIds(trx, projectId, interviewerIds));
    const index = interviewerIds.findIndex((id) => !known.has(id));
    if (index >= 0)
      throw errors.unprocessable(tr(NOT_MEMBER), [
        { path: `interviewerIds.${index}`, message: tr(NOT_MEMBER) },
      ]);
  }
}

function checkLength(text: string, path: string): number {
  const length = codePointLength(text);
  if (length > MAX_TRANSCRIPT_CODE_POINTS)
    throw errors.unprocessable(tr(TOO_LONG, { max: MAX_TRANSCRIPT_CODE_POINTS }), [
      { path, message: tr(TOO_LONG, { max: MAX_TRANSCRIPT_CODE_POINTS }) },
    ]);
  return length;
}

async function setLinks(
  trx: Db,
  documentId: string,
  informantIds?: readonly string[],
  interviewerIds?: readonly string[],
) {
  if (informantIds) await replaceDocumentInformants(trx, documentId, [...new Set(informantIds)]);
  if (interviewerIds) await replaceDocumentInterviewers(trx, documentId, [...new Set(interviewerIds)]);
}

/** Stores a document and its transcript (already read and normalised: LF line ends). */
export async function createDocument(
  db: Db,
  actor: Actor,
  projectId: string,
  meta: DocumentMeta,
  text: string,
  source: { format: DocumentSourceFormat; filename: string | null },
): Promise<ResearchDocument> {
  const body = normalizeLineEnds(text);
  const length = checkLength(body, source.filename ? 'file' : 'text');
  const id = await inTransaction(db, async (trx) => {
    await assertProject(trx, projectId);
    await checkPeople(trx, projectId, meta.informantIds, meta.interviewerIds);
    const id = await insertDocumentRow(
      trx,
      {
        project_id: projectId,
        kind: meta.kind,
        title: meta.title,
        held_on: meta.heldOn ?? null,
        place: meta.place ?? null,
        body_code_points: length,
        body_sha256: sha256(body),
        source_format: source.format,
        original_filename: source.filename,
        created_by: actorUserId(actor),
      },
      body,
    );
    await setLinks(trx, id, meta.informantIds, meta.interviewerIds);
    await logResearchEvent(trx, projectId, actor, 'document_stored', {
      documentId: id,
      format: source.format,
      codePoints: length,
    });
    return id;
  });
  return (await documentsOf(db, { id }))[0]!;
}

/** A pasted transcript: `POST /api/research/projects/:id/documents`. */
export function createPastedDocument(db: Db, actor: Actor, projectId: string, input: DocumentCreate) {
  return createDocument(db, actor, projectId, input, input.text, { format: 'pasted', filename: null });
}

async function documentsOf(db: Db, where: { projectId?: string; id?: string }): Promise<ResearchDocument[]> {
  const rows = await listDocumentRows(db, where);
  if (rows.length === 0) return [];
  const { informants, interviewers } = await listDocumentLinkRows(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    kind: row.kind,
    title: row.title,
    heldOn: row.held_on,
    place: row.place,
    language: row.language,
    codePoints: row.body_code_points,
    sourceFormat: row.source_format,
    originalFilename: row.original_filename,
    informantIds: informants.filter((i) => i.document_id === row.id).map((i) => i.informant_id),
    interviewerIds: interviewers.filter((i) => i.document_id === row.id).map((i) => i.user_id),
    textErased: row.erased,
    segmentCount: row.segments,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  }));
}

/** The documents of a project, without their text. */
export async function listDocuments(db: Db, projectId: string): Promise<{ items: ResearchDocument[] }> {
  await assertProject(db, projectId);
  return { items: await documentsOf(db, { projectId }) };
}

/** One document with its transcript (null once erased by a withdrawal). */
export async function getDocument(db: Db, id: string): Promise<ResearchDocument & { text: string | null }> {
  if (!isUuid(id)) throw errors.notFound('researchDocument', id);
  const [document] = await documentsOf(db, { id });
  if (!document) throw errors.notFound('researchDocument', id);
  const text = await findDocumentText(db, id);
  return { ...document, text: text ?? null };
}

/** Edits a document; its text only while no segment exists on it. */
export async function updateDocument(
  db: Db,
  actor: Actor,
  id: string,
  input: DocumentUpdate,
): Promise<ResearchDocument & { text: string | null }> {
  await db.transaction().execute(async (trx) => {
    if (!isUuid(id)) throw errors.notFound('researchDocument', id);
    const row = await lockDocumentRow(trx, id);
    if (!row) throw errors.notFound('researchDocument', id);
    if (row.version !== input.version)
      throw errors.versionConflict('researchDocument', input.version, row.version);
    await checkPeople(trx, row.project_id, input.informantIds, input.interviewerIds);
    let textChange = {};
    if (input.text !== undefined) {
      if (await documentHasSegments(trx, id))
        throw errors.unprocessable(tr(TEXT_FROZEN), [{ path: 'text', message: tr(TEXT_FROZEN) }]);
      const erased = !(await documentHasText(trx, id));
      if (erased) throw errors.unprocessable(tr(ERASED), [{ path: 'text', message: tr(ERASED) }]);
      const body = normalizeLineEnds(input.text);
      const length = checkLength(body, 'text');
      await updateDocumentText(trx, id, body);
      textChange = { body_code_points: length, body_sha256: sha256(body), source_format: 'pasted' as const };
      await logResearchEvent(trx, row.project_id, actor, 'document_text_replaced', {
        documentId: id,
        codePoints: length,
      });
    }
    await updateDocumentRow(trx, id, {
      ...textChange,
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.heldOn !== undefined && { held_on: input.heldOn }),
      ...(input.place !== undefined && { place: input.place }),
    });
    await setLinks(trx, id, input.informantIds, input.interviewerIds);
  });
  return getDocument(db, id);
}
