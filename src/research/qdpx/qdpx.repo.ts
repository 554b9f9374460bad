import type { Db } from '../../db/database.ts';

/** Every query of the REFI-QDA exchange: one project's rows in, an imported project's rows out. */

export async function projectRow(db: Db, projectId: string) {
  return db
    .selectFrom('research_projects')
    .select(['id', 'name', 'description', 'created_at', 'updated_at'])
    .where('id', '=', projectId)
    .executeTakeFirst();
}

/** Informants whose `sharing` consent is current on `today` and who have not withdrawn. */
export async function sharingInformants(db: Db, projectId: string, today: string) {
  return db
    .selectFrom('research_informants as i')
    .innerJoin('research_consents as c', 'c.informant_id', 'i.id')
    .select(['i.id', 'i.pseudonym', 'i.role'])
    .where('i.project_id', '=', projectId)
    .where('i.withdrawn_on', 'is', null)
    .where('c.scope', '=', 'sharing')
    .where('c.granted_on', '<=', today)
    .where((eb) => eb.or([eb('c.withdrawn_on', 'is', null), eb('c.withdrawn_on', '>', today)]))
    .orderBy('i.pseudonym')
    .execute();
}

export async function allInformantIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('research_informants')
    .select('id')
    .where('project_id', '=', projectId)
    .execute();
  return rows.map((r) => r.id);
}

export async function codeRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_codes')
    .select(['id', 'parent_id', 'name', 'definition', 'examples', 'color', 'is_codable'])
    .where('project_id', '=', projectId)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export async function documentRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_documents as d')
    .innerJoin('research_document_texts as t', 't.document_id', 'd.id')
    .select(['d.id', 'd.title', 'd.created_at', 'd.created_by', 't.body'])
    .where('d.project_id', '=', projectId)
    .where('d.archived_at', 'is', null)
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
}

export async function documentInformantRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_document_informants as di')
    .innerJoin('research_documents as d', 'd.id', 'di.document_id')
    .select(['di.document_id', 'di.informant_id'])
    .where('d.project_id', '=', projectId)
    .execute();
}

export async function segmentRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_segments as s')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select([
      's.id',
      's.document_id',
      's.coder_id',
      's.informant_id',
      's.start_cp',
      's.end_cp',
      's.created_at',
    ])
    .where('d.project_id', '=', projectId)
    .orderBy('s.document_id')
    .orderBy('s.start_cp')
    .orderBy('s.id')
    .execute();
}

export async function codingRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_codings as c')
    .innerJoin('research_segments as s', 's.id', 'c.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select(['c.segment_id', 'c.code_id', 'c.created_at'])
    .where('d.project_id', '=', projectId)
    .orderBy('c.segment_id')
    .orderBy('c.code_id')
    .execute();
}

export async function memoRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_memos')
    .select(['id', 'target_kind', 'target_id', 'author_id', 'body', 'created_at'])
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Every tie evidence of the project with its tie (type, sign, strength, period) and the tie's two parties. */
export async function tieEvidenceRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .innerJoin('interactions as i', 'i.id', 'e.interaction_id')
    .innerJoin('enterprises as fe', 'fe.id', 'i.from_enterprise_id')
    .leftJoin('enterprises as te', 'te.id', 'i.to_enterprise_id')
    .leftJoin('institutions as ti', 'ti.id', 'i.to_institution_id')
    .select([
      'e.id',
      'e.segment_id',
      'e.interaction_id',
      'e.stance',
      'e.perspective',
      'i.type',
      'i.valence',
      'i.strength',
      'i.start_date',
      'i.end_date',
      'i.from_enterprise_id',
      'i.to_enterprise_id',
      'i.to_institution_id',
      'fe.name as from_name',
      'te.name as to_enterprise_name',
      'ti.name as to_institution_name',
    ])
    .where('d.project_id', '=', projectId)
    .orderBy('e.interaction_id')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
}

/** How many audio attachments the project's documents hold. */
export async function attachmentCount(db: Db, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('research_attachments as a')
    .innerJoin('research_documents as d', 'd.id', 'a.document_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('d.project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The ids of the ties in the centres the project studies (where imported evidence may land). */
export async function studiedTieIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('interactions as i')
    .innerJoin('research_project_centers as pc', 'pc.center_id', 'i.center_id')
    .select('i.id')
    .where('pc.project_id', '=', projectId)
    .where('i.archived_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** The display names of users `ids` (the coders named in an export with identities). */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
