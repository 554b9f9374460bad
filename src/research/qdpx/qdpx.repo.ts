import type { Db } from '../../db/database.ts';

/** Every query of the REFI-QDA exchange: one project's rows in, an imported project's rows out. */

export async function projectRow(db: Db, projectId: string) {
  return db
    .selectFrom('research_projects')
    .select(['id', 'name', 'description', 'created_at', 'updated_at'])
    .where('id', '=', projectId)
    .executeTakeFirstOrThrow();
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

export async function evidenceCount(db: Db, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('d.project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
