import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { visibleTo } from './coding.repo.ts';
import { segmentStillConsented } from './excerpts.ts';

/** The queries of the coding views (frequencies, co-occurrence, a code's segments), over visible segments only. */

/** Per codable code: visible segments, documents and coders, most used first. */
export async function codeFrequencyRows(db: Db, actor: Actor, projectId: string) {
  return db
    .selectFrom('research_codes as k')
    .leftJoin('research_codings as c', 'c.code_id', 'k.id')
    .leftJoin('research_segments as s', (join) =>
      join.onRef('s.id', '=', 'c.segment_id').on(segmentStillConsented('s')).on(visibleTo(actor)),
    )
    .select([
      'k.id',
      'k.name',
      sql<number>`count(DISTINCT s.id)`.as('segments'),
      sql<number>`count(DISTINCT s.document_id)`.as('documents'),
      sql<number>`count(DISTINCT s.coder_id)`.as('coders'),
    ])
    .where('k.project_id', '=', projectId)
    .where('k.is_codable', '=', true)
    .groupBy(['k.id', 'k.name', 'k.position'])
    .orderBy(sql`count(DISTINCT s.id)`, 'desc')
    .orderBy('k.position')
    .execute();
}

/** Pairs of distinct codes (a, b) with how often one segment, or two overlapping ones, carry them. */
export async function codePairCounts(db: Db, actor: Actor, projectId: string) {
  const pairs = await sql<{ a: string; b: string; n: number }>`
    WITH vis AS (
      SELECT s.id, s.document_id, s.start_cp, s.end_cp, c.code_id
        FROM research_segments s
        JOIN research_documents d ON d.id = s.document_id AND d.project_id = ${projectId}::uuid
        JOIN research_codings c ON c.segment_id = s.id
       WHERE ${segmentStillConsented('s')} AND ${visibleTo(actor)})
    SELECT x.code_id AS a, y.code_id AS b, count(*)::int AS n
      FROM vis x JOIN vis y
        ON x.document_id = y.document_id AND x.start_cp < y.end_cp AND y.start_cp < x.end_cp
       AND x.code_id <> y.code_id AND (x.id < y.id OR (x.id = y.id AND x.code_id < y.code_id))
     GROUP BY 1, 2`.execute(db);
  return pairs.rows;
}

/** The visible segments of a code with their document's title and text, by document then position. */
export async function codeSegmentRows(db: Db, actor: Actor, codeId: string) {
  return db
    .selectFrom('research_codings as c')
    .innerJoin('research_segments as s', 's.id', 'c.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .innerJoin('users as u', 'u.id', 's.coder_id')
    .leftJoin('research_document_texts as t', 't.document_id', 'd.id')
    .select(['s.id', 's.document_id', 'd.title', 'u.display_name', 's.start_cp', 's.end_cp', 't.body'])
    .where('c.code_id', '=', codeId)
    .where(segmentStillConsented('s'))
    .where(visibleTo(actor))
    .orderBy('d.title')
    .orderBy('s.start_cp')
    .execute();
}
