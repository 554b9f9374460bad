import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { segmentStillConsented } from './excerpts.ts';

/** The queries of coding rounds (documents × coders, blind while open); `rounds.service.ts` keeps the rules. */

/** Rounds of a project or one round, newest first. */
export async function listRoundRows(db: Db, where: { projectId?: string; roundId?: string }) {
  let query = db
    .selectFrom('research_rounds')
    .select(['id', 'project_id', 'name', 'blind', 'opened_at', 'closed_at'])
    .orderBy('opened_at', 'desc');
  if (where.projectId) query = query.where('project_id', '=', where.projectId);
  if (where.roundId) query = query.where('id', '=', where.roundId);
  return query.execute();
}

/** The documents of the rounds, by title. */
export async function listRoundDocumentRows(db: Db, roundIds: readonly string[]) {
  return db
    .selectFrom('research_round_documents as rd')
    .innerJoin('research_documents as d', 'd.id', 'rd.document_id')
    .select(['rd.round_id', 'd.id', 'd.title'])
    .where('rd.round_id', 'in', [...roundIds])
    .orderBy('d.title')
    .execute();
}

/** The coders of the rounds, by name, with how many still-consented segments each coded in the round. */
export async function listRoundCoderRows(db: Db, roundIds: readonly string[]) {
  return db
    .selectFrom('research_round_coders as rc')
    .innerJoin('users as u', 'u.id', 'rc.user_id')
    .select([
      'rc.round_id',
      'u.id',
      'u.display_name',
      sql<number>`(SELECT count(*) FROM research_segments s WHERE s.round_id = rc.round_id AND s.coder_id = rc.user_id AND ${segmentStillConsented('s')})`.as(
        'segments',
      ),
    ])
    .where('rc.round_id', 'in', [...roundIds])
    .orderBy('u.display_name')
    .execute();
}

/** Which of `documentIds` are documents of the project. */
export async function projectDocumentIds(
  db: Db,
  projectId: string,
  documentIds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('research_documents')
    .select('id')
    .where('project_id', '=', projectId)
    .where('id', 'in', [...documentIds])
    .execute();
  return rows.map((r) => r.id);
}

/** Which of `userIds` are coders or leads of the project. */
export async function projectCoderIds(
  db: Db,
  projectId: string,
  userIds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('research_project_members')
    .select('user_id')
    .where('project_id', '=', projectId)
    .where('role', 'in', ['coder', 'lead'])
    .where('user_id', 'in', [...userIds])
    .execute();
  return rows.map((r) => r.user_id);
}

/** Inserts a round with its documents and coders; returns its id. */
export async function insertRound(
  db: Db,
  round: { projectId: string; name: string; blind: boolean },
  documentIds: readonly string[],
  coderIds: readonly string[],
): Promise<string> {
  const row = await db
    .insertInto('research_rounds')
    .values({ project_id: round.projectId, name: round.name, blind: round.blind })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('research_round_documents')
    .values(documentIds.map((document_id) => ({ round_id: row.id, document_id })))
    .execute();
  await db
    .insertInto('research_round_coders')
    .values(coderIds.map((user_id) => ({ round_id: row.id, user_id })))
    .execute();
  return row.id;
}

/** Locks a round; undefined when it does not exist. */
export async function lockRound(db: Db, roundId: string) {
  return db
    .selectFrom('research_rounds')
    .select(['project_id', 'closed_at'])
    .where('id', '=', roundId)
    .forUpdate()
    .executeTakeFirst();
}

/** Marks a round closed now by `userId`. */
export async function closeRoundRow(db: Db, roundId: string, userId: string | null): Promise<void> {
  await db
    .updateTable('research_rounds')
    .set({
      closed_at: sql`now()`,
      closed_by: userId,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', roundId)
    .execute();
}

/** The lengths of documents in code points. */
export async function documentLengths(db: Db, documentIds: readonly string[]) {
  return db
    .selectFrom('research_documents')
    .select(['id', 'body_code_points'])
    .where('id', 'in', [...documentIds])
    .execute();
}

/** A round's still-consented segments with the codes applied to each. */
export async function roundSegmentCodings(db: Db, roundId: string) {
  const segments = await db
    .selectFrom('research_segments as s')
    .select(['s.id', 's.document_id', 's.coder_id', 's.start_cp', 's.end_cp'])
    .where('s.round_id', '=', roundId)
    .where(segmentStillConsented('s'))
    .execute();
  const codings = segments.length
    ? await db
        .selectFrom('research_codings')
        .select(['segment_id', 'code_id'])
        .where(
          'segment_id',
          'in',
          segments.map((s) => s.id),
        )
        .execute()
    : [];
  const codesOf = new Map<string, string[]>();
  for (const k of codings) codesOf.set(k.segment_id, [...(codesOf.get(k.segment_id) ?? []), k.code_id]);
  return segments.map((s) => ({ ...s, code_ids: codesOf.get(s.id) ?? [] }));
}
