import { createHash } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import * as repo from './attachments.repo.ts';
import type { Attachment } from './attachments.schema.ts';
import { documentHasText } from './documents.repo.ts';
import { insertResearchEvent } from './projects.repo.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.attachmentRow>>>;

const ERASED = {
  id: 'Teks dan rekaman dokumen ini telah dihapus karena informannya mengundurkan diri; lampiran baru tidak diterima',
  en: 'This document’s text and recordings were erased after its informants withdrew; no new attachment is accepted',
};

const toAttachment = (r: Row): Attachment => ({
  id: r.id,
  documentId: r.document_id,
  filename: r.filename,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  available: r.available,
  createdAt: new Date(r.created_at).toISOString(),
});

/** The project of document `documentId`, or 404. */
async function documentProject(db: Db, documentId: string): Promise<string> {
  const projectId = isUuid(documentId) ? await repo.documentProjectId(db, documentId) : undefined;
  if (!projectId) throw errors.notFound('researchDocument', documentId);
  return projectId;
}

/** Stores an audio file (already read and recognised) as an attachment of the document, with an event. */
export async function addAttachment(
  db: Db,
  actor: Actor,
  documentId: string,
  file: { bytes: Buffer; mediaType: string; filename: string },
): Promise<Attachment> {
  const projectId = await documentProject(db, documentId);
  if (!(await documentHasText(db, documentId))) throw new AppError('unprocessable', tr(ERASED));
  const userId = actor.kind === 'user' ? actor.userId : null;
  const id = await db.transaction().execute(async (trx) => {
    const created = await repo.insertAttachment(
      trx,
      {
        documentId,
        filename: file.filename,
        mediaType: file.mediaType,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        userId,
      },
      file.bytes,
    );
    await insertResearchEvent(trx, projectId, userId, 'attachment_added', {
      documentId,
      attachmentId: created,
      sizeBytes: file.bytes.length,
    });
    return created;
  });
  return getAttachment(db, id);
}

/** The attachments of a document (404 for an unknown document). */
export async function listAttachments(db: Db, documentId: string): Promise<Attachment[]> {
  await documentProject(db, documentId);
  return (await repo.attachmentRows(db, documentId)).map(toAttachment);
}

/** One attachment, or 404. */
export async function getAttachment(db: Db, id: string): Promise<Attachment> {
  const row = isUuid(id) ? await repo.attachmentRow(db, id) : undefined;
  if (!row) throw errors.notFound('researchAttachment', id);
  return toAttachment(row);
}

/** Bytes `[start, end]` of an attachment whose bytes are held (404 once erased). */
export async function attachmentPart(db: Db, id: string, start: number, end: number): Promise<Buffer> {
  const bytes = await repo.attachmentBytes(db, id, start, end);
  if (!bytes) throw errors.notFound('researchAttachment', id);
  return bytes;
}

/** Deletes an attachment and its bytes, with an event in the project's log. */
export async function deleteAttachment(db: Db, actor: Actor, id: string): Promise<void> {
  const attachment = await getAttachment(db, id);
  const projectId = await documentProject(db, attachment.documentId);
  await db.transaction().execute(async (trx) => {
    await repo.deleteAttachmentRow(trx, id);
    await insertResearchEvent(
      trx,
      projectId,
      actor.kind === 'user' ? actor.userId : null,
      'attachment_deleted',
      {
        documentId: attachment.documentId,
        attachmentId: id,
      },
    );
  });
}
