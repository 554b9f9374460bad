import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { codePointLength } from '../shared/code-points.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
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
  const row = await db
    .selectFrom('research_projects')
    .select('id')
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (!row) throw errors.notFound('researchProject', projectId);
}

async function checkPeople(
  trx: Db,
  projectId: string,
  informantIds: readonly string[] | undefined,
  interviewerIds: readonly string[] | undefined,
): Promise<void> {
  if (informantIds && informantIds.length > 0) {
    const found = await trx
      .selectFrom('research_informants')
      .select('id')
      .where('project_id', '=', projectId)
      .where('id', 'in', [...informantIds])
      .execute();
    const known = new Set(found.map((r) => r.id));
    const index = informantIds.findIndex((id) => !known.has(id));
    if (index >= 0)
      throw errors.unprocessable(tr(NOT_INFORMANT), [
        { path: `informantIds.${index}`, message: tr(NOT_INFORMANT) },
      ]);
  }
  if (interviewerIds && interviewerIds.length > 0) {
    const found = await trx
      .selectFrom('research_project_members')
      .select('user_id')
      .where('project_id', '=', projectId)
      .where('user_id', 'in', [...interviewerIds])
      .execute();
    const known = new Set(found.map((r) => r.user_id));
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
  if (informantIds) {
    await trx.deleteFrom('research_document_informants').where('document_id', '=', documentId).execute();
    const unique = [...new Set(informantIds)];
    if (unique.length > 0)
      await trx
        .insertInto('research_document_informants')
        .values(unique.map((informant_id) => ({ document_id: documentId, informant_id })))
        .execute();
  }
  if (interviewerIds) {
    await trx.deleteFrom('research_document_interviewers').where('document_id', '=', documentId).execute();
    const unique = [...new Set(interviewerIds)];
    if (unique.length > 0)
      await trx
        .insertInto('research_document_interviewers')
        .values(unique.map((user_id) => ({ document_id: documentId, user_id })))
        .execute();
  }
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
  const id = await db.transaction().execute(async (trx) => {
    await assertProject(trx, projectId);
    await checkPeople(trx, projectId, meta.informantIds, meta.interviewerIds);
    const { id } = await trx
      .insertInto('research_documents')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('research_document_texts').values({ document_id: id, body }).execute();
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
  let q = db
    .selectFrom('research_documents as d')
    .selectAll('d')
    .select([
      sql<boolean>`NOT EXISTS (SELECT 1 FROM research_document_texts t WHERE t.document_id = d.id)`.as(
        'erased',
      ),
      sql<number>`(SELECT count(*)::int FROM research_segments s WHERE s.document_id = d.id)`.as('segments'),
    ])
    .where('d.archived_at', 'is', null)
    .orderBy('d.held_on')
    .orderBy('d.created_at');
  if (where.projectId) q = q.where('d.project_id', '=', where.projectId);
  if (where.id) q = q.where('d.id', '=', where.id);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const informants = await db
    .selectFrom('research_document_informants')
    .selectAll()
    .where('document_id', 'in', ids)
    .execute();
  const interviewers = await db
    .selectFrom('research_document_interviewers')
    .selectAll()
    .where('document_id', 'in', ids)
    .execute();
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
  const text = await db
    .selectFrom('research_document_texts')
    .select('body')
    .where('document_id', '=', id)
    .executeTakeFirst();
  return { ...document, text: text?.body ?? null };
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
    const row = await trx
      .selectFrom('research_documents')
      .select(['project_id', 'version'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw errors.notFound('researchDocument', id);
    if (row.version !== input.version)
      throw errors.versionConflict('researchDocument', input.version, row.version);
    await checkPeople(trx, row.project_id, input.informantIds, input.interviewerIds);
    let textChange = {};
    if (input.text !== undefined) {
      const segment = await trx
        .selectFrom('research_segments')
        .select('id')
        .where('document_id', '=', id)
        .executeTakeFirst();
      if (segment) throw errors.unprocessable(tr(TEXT_FROZEN), [{ path: 'text', message: tr(TEXT_FROZEN) }]);
      const erased = !(await trx
        .selectFrom('research_document_texts')
        .select('document_id')
        .where('document_id', '=', id)
        .executeTakeFirst());
      if (erased) throw errors.unprocessable(tr(ERASED), [{ path: 'text', message: tr(ERASED) }]);
      const body = normalizeLineEnds(input.text);
      const length = checkLength(body, 'text');
      await trx.updateTable('research_document_texts').set({ body }).where('document_id', '=', id).execute();
      textChange = { body_code_points: length, body_sha256: sha256(body), source_format: 'pasted' as const };
      await logResearchEvent(trx, row.project_id, actor, 'document_text_replaced', {
        documentId: id,
        codePoints: length,
      });
    }
    await trx
      .updateTable('research_documents')
      .set({
        ...textChange,
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.title !== undefined && { title: input.title }),
        ...(input.heldOn !== undefined && { held_on: input.heldOn }),
        ...(input.place !== undefined && { place: input.place }),
        version: sql<number>`version + 1`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    await setLinks(trx, id, input.informantIds, input.interviewerIds);
  });
  return getDocument(db, id);
}
