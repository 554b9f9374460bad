import type { Db } from '../db/database.ts';

/** The queries that turn name-generator questionnaires into informants, documents and tie evidence. */

/** The project's informant linked to `enterpriseId` (the earliest recorded), with their withdrawal. */
export async function informantOfEnterprise(db: Db, projectId: string, enterpriseId: string) {
  return db
    .selectFrom('research_informants')
    .select(['id', 'pseudonym', 'withdrawn_on'])
    .where('project_id', '=', projectId)
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

/** A document of the project with this title and body hash (the same questionnaire imported before). */
export async function sameDocument(db: Db, projectId: string, title: string, sha256: string) {
  const row = await db
    .selectFrom('research_documents')
    .select('id')
    .where('project_id', '=', projectId)
    .where('title', '=', title)
    .where('body_sha256', '=', sha256)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The project's first lead: the coder of record when the import runs as the system (CLI, demo). */
export async function firstLead(db: Db, projectId: string): Promise<string | null> {
  const row = await db
    .selectFrom('research_project_members')
    .select('user_id')
    .where('project_id', '=', projectId)
    .where('role', '=', 'lead')
    .orderBy('added_at')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Inserts one segment naming its speaker; returns its id. */
export async function insertSegment(
  db: Db,
  values: { document_id: string; coder_id: string; informant_id: string; start_cp: number; end_cp: number },
): Promise<string> {
  const { id } = await db
    .insertInto('research_segments')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The two ends of each tie. */
export async function tieEnds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('interactions')
    .select(['id', 'from_enterprise_id', 'to_enterprise_id'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Inserts evidence rows, skipping a segment × tie already linked; returns how many were new. */
export async function insertEvidenceRows(
  db: Db,
  rows: readonly {
    segment_id: string;
    interaction_id: string;
    perspective: 'ego' | 'alter' | 'third_party';
    informant_id: string;
    created_by: string | null;
  }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('research_tie_evidence')
    .values(rows.map((r) => ({ ...r, stance: 'supports' as const })))
    .onConflict((oc) => oc.columns(['segment_id', 'interaction_id']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
