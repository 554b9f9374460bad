import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { visibleTo } from './coding.repo.ts';
import { segmentStillConsented } from './excerpts.ts';

/** The queries of coded segments and their codings; `segments.service.ts` keeps the rules of coding. */

/** Still-consented segments of a document (or one segment), with their codes and whether the actor may see them. */
export async function listSegmentRows(
  db: Db,
  actor: Actor,
  filter: { documentId?: string; segmentId?: string },
) {
  let query = db
    .selectFrom('research_segments as s')
    .innerJoin('users as u', 'u.id', 's.coder_id')
    .select([
      's.id',
      's.document_id',
      's.round_id',
      's.coder_id',
      'u.display_name',
      's.informant_id',
      's.start_cp',
      's.end_cp',
      's.created_at',
      sql<
        string[]
      >`coalesce((SELECT array_agg(c.code_id::text ORDER BY c.created_at) FROM research_codings c WHERE c.segment_id = s.id), '{}')`.as(
        'code_ids',
      ),
      sql<boolean>`${visibleTo(actor)}`.as('visible'),
    ])
    .where(segmentStillConsented('s'))
    .orderBy('s.start_cp')
    .orderBy('s.end_cp');
  if (filter.documentId) query = query.where('s.document_id', '=', filter.documentId);
  if (filter.segmentId) query = query.where('s.id', '=', filter.segmentId);
  return query.execute();
}

/** The project's codes among `codeIds`, with whether each may be applied. */
export async function findCodesForCoding(db: Db, projectId: string, codeIds: readonly string[]) {
  return db
    .selectFrom('research_codes')
    .select(['id', 'is_codable', 'archived_at'])
    .where('project_id', '=', projectId)
    .where('id', 'in', [...codeIds])
    .execute();
}

/** A document's project and length, and whether it has text (undefined when no such document). */
export async function findDocumentForCoding(db: Db, documentId: string) {
  return db
    .selectFrom('research_documents as d')
    .leftJoin('research_document_texts as t', 't.document_id', 'd.id')
    .select(['d.project_id', 'd.body_code_points', 't.document_id as has_text'])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
}

/** The open rounds holding the document and the coder, newest first. */
export async function openRoundIds(db: Db, coderId: string, documentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('research_rounds as r')
    .innerJoin('research_round_documents as rd', 'rd.round_id', 'r.id')
    .innerJoin('research_round_coders as rc', 'rc.round_id', 'r.id')
    .select('r.id')
    .where('rd.document_id', '=', documentId)
    .where('rc.user_id', '=', coderId)
    .where('r.closed_at', 'is', null)
    .orderBy('r.opened_at', 'desc')
    .execute();
  return rows.map((r) => r.id);
}

/** Whether the informant is one of the document's informants. */
export async function isDocumentInformant(db: Db, documentId: string, informantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('research_document_informants')
    .select('informant_id')
    .where('document_id', '=', documentId)
    .where('informant_id', '=', informantId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts a segment and its codings; returns its id. */
export async function insertSegment(
  db: Db,
  segment: {
    documentId: string;
    roundId: string | null;
    coderId: string;
    informantId: string | null;
    startCp: number;
    endCp: number;
  },
  codeIds: readonly string[],
): Promise<string> {
  const row = await db
    .insertInto('research_segments')
    .values({
      document_id: segment.documentId,
      round_id: segment.roundId,
      coder_id: segment.coderId,
      informant_id: segment.informantId,
      start_cp: segment.startCp,
      end_cp: segment.endCp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('research_codings')
    .values(codeIds.map((code_id) => ({ segment_id: row.id, code_id })))
    .execute();
  return row.id;
}

/** Locks a segment: its coder, its round's closing time and its project (undefined when none). */
export async function lockSegment(db: Db, segmentId: string) {
  return db
    .selectFrom('research_segments as s')
    .leftJoin('research_rounds as r', 'r.id', 's.round_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select(['s.coder_id', 'r.closed_at', 'd.project_id'])
    .where('s.id', '=', segmentId)
    .forUpdate('s')
    .executeTakeFirst();
}

/** Deletes a segment (its codings go with it). */
export async function deleteSegmentRow(db: Db, segmentId: string): Promise<void> {
  await db.deleteFrom('research_segments').where('id', '=', segmentId).execute();
}

/** Applies a code to a segment (once). */
export async function insertCoding(db: Db, segmentId: string, codeId: string): Promise<void> {
  await db
    .insertInto('research_codings')
    .values({ segment_id: segmentId, code_id: codeId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A document with its text, for the coding screen (undefined when none). */
export async function findDocumentWithText(db: Db, documentId: string) {
  return db
    .selectFrom('research_documents as d')
    .leftJoin('research_document_texts as t', 't.document_id', 'd.id')
    .select(['d.id', 'd.project_id', 'd.title', 'd.body_code_points', 't.body'])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
}
