import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** Every query of document attachments (audio kept, not transcribed); the bytes sit in their own table. */

const COLUMNS = [
  'a.id',
  'a.document_id',
  'a.filename',
  'a.media_type',
  'a.size_bytes',
  'a.sha256',
  'a.created_at',
] as const;

/** The project of document `documentId` (undefined when there is no such document). */
export async function documentProjectId(db: Db, documentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('research_documents')
    .select('project_id')
    .where('id', '=', documentId)
    .executeTakeFirst();
  return row?.project_id;
}

/** Stores one attachment and its bytes; returns the row. */
export async function insertAttachment(
  db: Db,
  row: { documentId: string; filename: string; mediaType: string; sha256: string; userId: string | null },
  bytes: Buffer,
) {
  const created = await db
    .insertInto('research_attachments')
    .values({
      document_id: row.documentId,
      filename: row.filename,
      media_type: row.mediaType,
      size_bytes: bytes.length,
      sha256: row.sha256,
      created_by: row.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('research_attachment_bytes').values({ attachment_id: created.id, bytes }).execute();
  return created.id;
}

/** The attachments of document `documentId`, newest first, with whether their bytes are still held. */
export async function attachmentRows(db: Db, documentId: string) {
  return db
    .selectFrom('research_attachments as a')
    .leftJoin('research_attachment_bytes as b', 'b.attachment_id', 'a.id')
    .select([...COLUMNS, sql<boolean>`b.attachment_id IS NOT NULL`.as('available')])
    .where('a.document_id', '=', documentId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .execute();
}

/** One attachment's row (undefined when there is none). */
export async function attachmentRow(db: Db, id: string) {
  return db
    .selectFrom('research_attachments as a')
    .leftJoin('research_attachment_bytes as b', 'b.attachment_id', 'a.id')
    .select([...COLUMNS, sql<boolean>`b.attachment_id IS NOT NULL`.as('available')])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** Bytes `[start, end]` (inclusive) of an attachment, cut in the database so a range never loads the whole file. */
export async function attachmentBytes(
  db: Db,
  id: string,
  start: number,
  end: number,
): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('research_attachment_bytes')
    .select(sql<Buffer>`substring(bytes FROM ${start + 1}::int FOR ${end - start + 1}::int)`.as('part'))
    .where('attachment_id', '=', id)
    .executeTakeFirst();
  return row?.part;
}

/** Deletes an attachment with its bytes. */
export async function deleteAttachmentRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('research_attachments').where('id', '=', id).execute();
}

/**
 * Deletes the attachments of every document informant `informantId` took part in (their voice is on the
 * recording, which cannot be cut to the others' words); returns the deleted ids.
 */
export async function deleteAttachmentsOfInformant(db: Db, informantId: string): Promise<string[]> {
  const rows = await db
    .deleteFrom('research_attachments')
    .where(
      'document_id',
      'in',
      db
        .selectFrom('research_document_informants')
        .select('document_id')
        .where('informant_id', '=', informantId),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
