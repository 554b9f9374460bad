import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ResearchDocumentsTable } from './research.table.ts';

/** The queries behind research documents and their transcripts; `documents.service.ts` keeps the rules. */

/** A document row, whether its text is erased and how many segments it has. */
export type DocumentRow = Selectable<ResearchDocumentsTable> & { erased: boolean; segments: number };

/** Which of `ids` are informants of the project. */
export async function projectInformantIds(
  db: Db,
  projectId: string,
  ids: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('research_informants')
    .select('id')
    .where('project_id', '=', projectId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

/** Which of `userIds` are members of the project. */
export async function projectMemberIds(
  db: Db,
  projectId: string,
  userIds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('research_project_members')
    .select('user_id')
    .where('project_id', '=', projectId)
    .where('user_id', 'in', [...userIds])
    .execute();
  return rows.map((r) => r.user_id);
}

/** Replaces the informants of a document. */
export async function replaceDocumentInformants(
  db: Db,
  documentId: string,
  informantIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('research_document_informants').where('document_id', '=', documentId).execute();
  if (informantIds.length > 0)
    await db
      .insertInto('research_document_informants')
      .values(informantIds.map((informant_id) => ({ document_id: documentId, informant_id })))
      .execute();
}

/** Replaces the interviewers of a document. */
export async function replaceDocumentInterviewers(
  db: Db,
  documentId: string,
  userIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('research_document_interviewers').where('document_id', '=', documentId).execute();
  if (userIds.length > 0)
    await db
      .insertInto('research_document_interviewers')
      .values(userIds.map((user_id) => ({ document_id: documentId, user_id })))
      .execute();
}

/** Inserts a document and its text; returns its id. */
export async function insertDocumentRow(
  db: Db,
  values: Omit<Insertable<ResearchDocumentsTable>, 'id' | 'version' | 'created_at' | 'updated_at'>,
  body: string,
): Promise<string> {
  const { id } = await db
    .insertInto('research_documents')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('research_document_texts').values({ document_id: id, body }).execute();
  return id;
}

/** The unarchived documents of a project or one document, by date held then creation. */
export async function listDocumentRows(
  db: Db,
  where: { projectId?: string; id?: string },
): Promise<DocumentRow[]> {
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
  return q.execute();
}

/** The informant and interviewer links of documents `ids`. */
export async function listDocumentLinkRows(db: Db, ids: readonly string[]) {
  const informants = await db
    .selectFrom('research_document_informants')
    .selectAll()
    .where('document_id', 'in', [...ids])
    .execute();
  const interviewers = await db
    .selectFrom('research_document_interviewers')
    .selectAll()
    .where('document_id', 'in', [...ids])
    .execute();
  return { informants, interviewers };
}

/** A document's text, or undefined once erased. */
export async function findDocumentText(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('research_document_texts')
    .select('body')
    .where('document_id', '=', id)
    .executeTakeFirst();
  return row?.body;
}

/** Whether a document still has its text. */
export async function documentHasText(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('research_document_texts')
    .select('document_id')
    .where('document_id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Locks a document row for update; undefined when missing. */
export async function lockDocumentRow(db: Db, id: string) {
  return db
    .selectFrom('research_documents')
    .select(['project_id', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether any segment has been coded on a document. */
export async function documentHasSegments(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('research_segments')
    .select('id')
    .where('document_id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Replaces a document's text. */
export async function updateDocumentText(db: Db, id: string, body: string): Promise<void> {
  await db.updateTable('research_document_texts').set({ body }).where('document_id', '=', id).execute();
}

/** Updates a document's columns and bumps its version. */
export async function updateDocumentRow(
  db: Db,
  id: string,
  values: Omit<Updateable<ResearchDocumentsTable>, 'id' | 'version' | 'created_at' | 'updated_at'>,
): Promise<void> {
  await db
    .updateTable('research_documents')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** The documents of an informant that still have their text while none of their informants is still in the study. */
export async function documentIdsLeftByAll(db: Db, informantId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('research_document_informants as di')
    .innerJoin('research_document_texts as t', 't.document_id', 'di.document_id')
    .select('di.document_id')
    .where('di.informant_id', '=', informantId)
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM research_document_informants o
        JOIN research_informants i ON i.id = o.informant_id
        WHERE o.document_id = di.document_id AND i.withdrawn_on IS NULL)`,
    )
    .execute();
  return rows.map((d) => d.document_id);
}

/** Erases the text of documents `ids` and the bytes of their attachments; returns the attachments' ids. */
export async function eraseDocumentTexts(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  await db
    .deleteFrom('research_document_texts')
    .where('document_id', 'in', [...ids])
    .execute();
  const attachments = await db
    .selectFrom('research_attachments')
    .select('id')
    .where('document_id', 'in', [...ids])
    .execute();
  const attachmentIds = attachments.map((a) => a.id);
  if (attachmentIds.length > 0)
    await db.deleteFrom('research_attachment_bytes').where('attachment_id', 'in', attachmentIds).execute();
  return attachmentIds;
}
