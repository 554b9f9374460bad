import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import type { MemoCreateSchema } from './coding.schema.ts';
import { projectOf } from './coding-target.service.ts';
import { findInformantProject, insertMemo, listMemoRows } from './memos.repo.ts';
import { actorUserId } from './projects.service.ts';

/** Memos on a project, a document, a segment, a code or an informant (issue #21). */

/** The project's memos, newest first (tie memos are shown with the tie's evidence). */
export async function listMemos(db: Db, projectId: string) {
  const rows = await listMemoRows(db, projectId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      targetKind: r.target_kind as 'project',
      targetId: r.target_id,
      authorName: r.display_name,
      body: r.body,
      createdAt: r.created_at.toISOString(),
    })),
  };
}

/** Writes a memo; its target must be in the project (422 on `targetId` otherwise). */
export async function createMemo(
  db: Db,
  actor: Actor,
  projectId: string,
  body: z.infer<typeof MemoCreateSchema>,
) {
  const message = tr({
    id: 'Sasaran catatan tidak ada di proyek ini.',
    en: "The memo's target is not in this project.",
  });
  const bad = () => errors.unprocessable(message, [{ path: 'targetId', message }]);
  if (body.targetKind === 'project' ? body.targetId : !body.targetId) throw bad();
  if (body.targetKind !== 'project') {
    const target =
      body.targetKind === 'informant'
        ? null
        : await projectOf(db, body.targetKind, body.targetId!).catch(() => null);
    const informant = body.targetKind === 'informant' ? await findInformantProject(db, body.targetId!) : null;
    if ((target ?? informant?.project_id) !== projectId) throw bad();
  }
  const id = await insertMemo(db, {
    projectId,
    targetKind: body.targetKind,
    targetId: body.targetKind === 'project' ? null : body.targetId!,
    authorId: actorUserId(actor),
    body: body.body,
  });
  return (await listMemos(db, projectId)).items.find((m) => m.id === id)!;
}
