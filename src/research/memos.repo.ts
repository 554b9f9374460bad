import type { Db } from '../db/database.ts';
import type { MemoTargetKind } from './research.table.ts';

/** The queries of research memos; `memos.service.ts` checks their targets. */

/** The project's memos (tie memos aside: they belong to the evidence views), newest first. */
export async function listMemoRows(db: Db, projectId: string) {
  return db
    .selectFrom('research_memos as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.target_kind', 'm.target_id', 'u.display_name', 'm.body', 'm.created_at'])
    .where('m.project_id', '=', projectId)
    .where('m.target_kind', '<>', 'tie')
    .orderBy('m.created_at', 'desc')
    .execute();
}

/** The project of an informant (undefined when none). */
export async function findInformantProject(db: Db, informantId: string) {
  return db
    .selectFrom('research_informants')
    .select('project_id')
    .where('id', '=', informantId)
    .executeTakeFirst();
}

/** Inserts a memo; returns its id. */
export async function insertMemo(
  db: Db,
  memo: {
    projectId: string;
    targetKind: MemoTargetKind;
    targetId: string | null;
    authorId: string | null;
    body: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('research_memos')
    .values({
      project_id: memo.projectId,
      target_kind: memo.targetKind,
      target_id: memo.targetId,
      author_id: memo.authorId,
      body: memo.body,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
