import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { segmentStillConsented } from './excerpts.ts';
import { projectScope } from './research.policy.ts';
import type { EvidencePerspective, EvidenceStance } from './research.table.ts';

/** The queries of tie evidence; `tie-evidence.service.ts` and `tie-evidence-views.service.ts` keep the rules. */

/** A segment with its document, and whether its informants still consent (undefined when none). */
export async function findEvidenceSegment(db: Db, segmentId: string) {
  return db
    .selectFrom('research_segments as s')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select(['s.id', 's.document_id', 's.informant_id', 'd.project_id', 'd.title', 'd.held_on'])
    .select(segmentStillConsented('s').as('consented'))
    .where('s.id', '=', segmentId)
    .executeTakeFirst();
}

/** The two firms of a tie. */
export async function tieEnds(db: Db, interactionId: string) {
  return db
    .selectFrom('interactions')
    .select(['from_enterprise_id', 'to_enterprise_id'])
    .where('id', '=', interactionId)
    .executeTakeFirstOrThrow();
}

/** The firm of an informant (null when none or no such informant). */
export async function informantEnterpriseId(db: Db, informantId: string): Promise<string | null> {
  const row = await db
    .selectFrom('research_informants')
    .select('enterprise_id')
    .where('id', '=', informantId)
    .executeTakeFirst();
  return row?.enterprise_id ?? null;
}

/** Inserts a piece of evidence; undefined when the segment already speaks to this tie. */
export async function insertEvidence(
  db: Db,
  evidence: {
    segmentId: string;
    interactionId: string;
    stance: EvidenceStance;
    perspective: EvidencePerspective;
    informantId: string | null;
    createdBy: string | null;
  },
): Promise<string | undefined> {
  const row = await db
    .insertInto('research_tie_evidence')
    .values({
      segment_id: evidence.segmentId,
      interaction_id: evidence.interactionId,
      stance: evidence.stance,
      perspective: evidence.perspective,
      informant_id: evidence.informantId,
      created_by: evidence.createdBy,
    })
    .onConflict((oc) => oc.columns(['segment_id', 'interaction_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** A piece of evidence with its tie, author and project (undefined when none). */
export async function findEvidence(db: Db, id: string) {
  return db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select(['e.id', 'e.interaction_id', 'e.created_by', 'd.project_id'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** Deletes a piece of evidence. */
export async function deleteEvidence(db: Db, id: string): Promise<void> {
  await db.deleteFrom('research_tie_evidence').where('id', '=', id).execute();
}

/** The ties' recorded origin and confidence. */
export async function tieConfidenceRows(db: Db, interactionIds: readonly string[]) {
  return db
    .selectFrom('interactions')
    .select(['id', 'reported_by', 'confidence'])
    .where('id', 'in', [...interactionIds])
    .execute();
}

/** The still-consented evidence of the ties: stance and perspective of each piece. */
export async function evidencePoints(db: Db, interactionIds: readonly string[]) {
  return db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .select(['e.interaction_id', 'e.stance', 'e.perspective'])
    .where('e.interaction_id', 'in', [...interactionIds])
    .where(segmentStillConsented('s'))
    .execute();
}

/** Sets a tie's confidence, bumping its version (which queues its centre's analysis refresh). */
export async function setTieConfidence(db: Db, interactionId: string, confidence: string): Promise<void> {
  await db
    .updateTable('interactions')
    .set({ confidence, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', interactionId)
    .execute();
}

/** Still-consented evidence rows with document, pseudonym, words and quotability; with `actor`, of their projects only. */
export async function listEvidenceRows(
  db: Db,
  options: { evidenceIds?: string[]; tieIds?: string[]; actor?: Actor },
) {
  let query = db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .leftJoin('research_document_texts as x', 'x.document_id', 'd.id')
    .leftJoin('research_informants as inf', 'inf.id', 'e.informant_id')
    .select([
      'e.id',
      'e.interaction_id',
      'e.segment_id',
      'e.stance',
      'e.perspective',
      'd.project_id',
      'd.id as document_id',
      'd.title',
      'd.held_on',
      'inf.pseudonym',
    ])
    .select(sql<string | null>`substring(x.body from s.start_cp + 1 for s.end_cp - s.start_cp)`.as('words'))
    .select(
      sql<boolean>`EXISTS (SELECT 1 FROM research_consents c WHERE c.informant_id = e.informant_id
        AND c.scope = 'quotation' AND c.withdrawn_on IS NULL)`.as('quotable'),
    )
    .where(segmentStillConsented('s'))
    .orderBy('d.held_on')
    .orderBy('s.start_cp');
  if (options.evidenceIds) query = query.where('e.id', 'in', options.evidenceIds);
  if (options.tieIds) query = query.where('e.interaction_id', 'in', options.tieIds);
  if (options.actor) query = query.where(projectScope(options.actor, 'd.project_id'));
  return query.execute();
}

/** The project's still-consented segments with their words and speaker, by document then position. */
export async function projectSegmentRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_segments as s')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .leftJoin('research_document_texts as x', 'x.document_id', 'd.id')
    .leftJoin('research_informants as inf', 'inf.id', 's.informant_id')
    .select(['s.id', 's.document_id', 's.start_cp', 's.end_cp', 'd.title', 'inf.pseudonym'])
    .select(
      sql<string>`coalesce(substring(x.body from s.start_cp + 1 for s.end_cp - s.start_cp), '')`.as('words'),
    )
    .where('d.project_id', '=', projectId)
    .where(segmentStillConsented('s'))
    .orderBy('d.title')
    .orderBy('s.start_cp')
    .execute();
}

/** The names of the codes applied to the segments, by name. */
export async function segmentCodeNames(db: Db, segmentIds: readonly string[]) {
  return db
    .selectFrom('research_codings as c')
    .innerJoin('research_codes as k', 'k.id', 'c.code_id')
    .select(['c.segment_id', 'k.name'])
    .where('c.segment_id', 'in', [...segmentIds])
    .orderBy('k.name')
    .execute();
}

/** The evidence links of the segments. */
export async function segmentEvidenceLinks(db: Db, segmentIds: readonly string[]) {
  return db
    .selectFrom('research_tie_evidence')
    .select(['id', 'segment_id', 'interaction_id', 'stance'])
    .where('segment_id', 'in', [...segmentIds])
    .execute();
}

/** The centres a project studies, by name. */
export async function studiedCenterRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_project_centers as pc')
    .innerJoin('centers as c', 'c.id', 'pc.center_id')
    .select(['c.id', 'c.name'])
    .where('pc.project_id', '=', projectId)
    .orderBy('c.name')
    .execute();
}

/** The ids of the centres a project studies. */
export async function studiedCenterIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('research_project_centers')
    .select('center_id')
    .where('project_id', '=', projectId)
    .execute();
  return rows.map((r) => r.center_id);
}

/** The informants of a document. */
export async function documentInformantIds(db: Db, documentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('research_document_informants')
    .select('informant_id')
    .where('document_id', '=', documentId)
    .execute();
  return rows.map((r) => r.informant_id);
}
