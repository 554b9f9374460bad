import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { visibleTo } from './coding.repo.ts';
import { segmentStillConsented } from './excerpts.ts';

/** The queries of the code-by-centre matrix. */

/** Visible, still-consented coded segments of the project, of the informant speaking in each (or the document's). */
const codedSegments = (actor: Actor, projectId: string) => sql`
  SELECT s.id, s.document_id, c.code_id,
         CASE WHEN s.informant_id IS NOT NULL THEN ARRAY[s.informant_id]
              ELSE ARRAY(SELECT di.informant_id FROM research_document_informants di
                          WHERE di.document_id = s.document_id) END AS speakers
    FROM research_segments s
    JOIN research_documents d ON d.id = s.document_id AND d.project_id = ${projectId}::uuid
                             AND d.archived_at IS NULL
    JOIN research_codings c ON c.segment_id = s.id
   WHERE ${segmentStillConsented('s')} AND ${visibleTo(actor)}`;

/**
 * Code × centre counts: a segment counts in the centre of each informant speaking in it (the one it names,
 * else every informant of its document), once per centre.
 */
export async function codeCenterCounts(db: Db, actor: Actor, projectId: string) {
  const { rows } = await sql<{ code_id: string; center_id: string; segments: number; documents: number }>`
    WITH seg AS (${codedSegments(actor, projectId)})
    SELECT seg.code_id, i.center_id, count(DISTINCT seg.id)::int AS segments,
           count(DISTINCT seg.document_id)::int AS documents
      FROM seg CROSS JOIN LATERAL unnest(seg.speakers) AS sp(informant_id)
      JOIN research_informants i ON i.id = sp.informant_id AND i.center_id IS NOT NULL
     GROUP BY seg.code_id, i.center_id`.execute(db);
  return rows;
}

/** Coded segments none of whose informants has a centre. */
export async function segmentsWithoutCenter(db: Db, actor: Actor, projectId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    WITH seg AS (${codedSegments(actor, projectId)})
    SELECT count(DISTINCT seg.id)::int AS n FROM seg
     WHERE NOT EXISTS (SELECT 1 FROM research_informants i
                        WHERE i.id = ANY(seg.speakers) AND i.center_id IS NOT NULL)`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The centres of the matrix: those the project studies and those its informants belong to, by name. */
export async function matrixCenters(db: Db, projectId: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT c.id, c.name FROM centers c
     WHERE c.id IN (SELECT pc.center_id FROM research_project_centers pc WHERE pc.project_id = ${projectId}::uuid
                    UNION SELECT i.center_id FROM research_informants i
                           WHERE i.project_id = ${projectId}::uuid AND i.center_id IS NOT NULL)
     ORDER BY c.name, c.id`.execute(db);
  return rows;
}
