import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import {
  type CodeRow,
  findCodeParent,
  findProjectCode,
  insertCode,
  insertCodebookVersion,
  lastCodebookNumber,
  listCodebookVersionRows,
  listCodeRows,
  lockCode,
  lockCodebook,
  updateCodeRow,
} from './codebook.repo.ts';
import type { Code, CodeCreateSchema, CodeUpdateSchema } from './coding.schema.ts';
import { actorUserId } from './projects.service.ts';

/** The use cases of a project's codebook (issue #21): the code tree, its edits and its frozen versions. */

const toCode = (r: CodeRow): Code => ({
  id: r.id,
  parentId: r.parent_id,
  key: r.key,
  name: r.name,
  glossEn: r.gloss_en,
  definition: r.definition,
  examples: r.examples,
  color: r.color,
  codable: r.is_codable,
  position: r.position,
  archived: r.archived_at !== null,
  version: r.version,
});

/** The project's code tree, flat, parents before children and siblings by position. */
export async function listCodes(db: Db, projectId: string): Promise<{ items: Code[] }> {
  const rows = await listCodeRows(db, projectId);
  const byParent = new Map<string | null, CodeRow[]>();
  for (const r of rows) byParent.set(r.parent_id, [...(byParent.get(r.parent_id) ?? []), r]);
  const out: Code[] = [];
  const walk = (parent: string | null) => {
    for (const r of byParent.get(parent) ?? []) {
      out.push(toCode(r));
      walk(r.id);
    }
  };
  walk(null);
  return { items: out };
}

/** 422 on `parentId` unless the parent is a code of the project and not `selfId` or below it. */
async function assertParent(db: Db, projectId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  const message = tr({
    id: 'Kode induk tidak ada di proyek ini.',
    en: 'The parent code is not in this project.',
  });
  const parent = await findProjectCode(db, projectId, parentId);
  if (!parent) throw errors.unprocessable(message, [{ path: 'parentId', message }]);
  if (!selfId) return;
  // No cycles: walk up from the new parent.
  let cursor: string | null = parent.id;
  while (cursor) {
    if (cursor === selfId) {
      const cycle = tr({
        id: 'Kode tidak dapat ditaruh di bawah dirinya sendiri atau turunannya.',
        en: 'A code cannot sit under itself or one of its descendants.',
      });
      throw errors.unprocessable(cycle, [{ path: 'parentId', message: cycle }]);
    }
    cursor = (await findCodeParent(db, cursor))?.parent_id ?? null;
  }
}

/** Adds a code to the project's codebook. */
export async function createCode(
  db: Db,
  projectId: string,
  body: z.infer<typeof CodeCreateSchema>,
): Promise<Code> {
  return db.transaction().execute(async (trx) => {
    await assertParent(trx, projectId, body.parentId);
    const row = await insertCode(trx, {
      project_id: projectId,
      parent_id: body.parentId ?? null,
      name: body.name,
      gloss_en: body.glossEn ?? null,
      definition: body.definition ?? null,
      examples: body.examples ?? null,
      color: body.color ?? null,
      is_codable: body.codable ?? true,
      position: body.position ?? 0,
    });
    return toCode(row);
  });
}

/** Changes a code (version-checked); moving it under itself or a descendant is a 422. */
export async function updateCode(
  db: Db,
  codeId: string,
  body: z.infer<typeof CodeUpdateSchema>,
): Promise<Code> {
  return db.transaction().execute(async (trx) => {
    const current = await lockCode(trx, codeId);
    if (!current) throw errors.notFound('researchCode', codeId);
    if (current.version !== body.version)
      throw errors.versionConflict('researchCode', body.version, current.version);
    if (body.parentId !== undefined) await assertParent(trx, current.project_id, body.parentId, codeId);
    const row = await updateCodeRow(
      trx,
      codeId,
      {
        ...(body.parentId !== undefined ? { parent_id: body.parentId } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.glossEn !== undefined ? { gloss_en: body.glossEn } : {}),
        ...(body.definition !== undefined ? { definition: body.definition } : {}),
        ...(body.examples !== undefined ? { examples: body.examples } : {}),
        ...(body.color !== undefined ? { color: body.color } : {}),
        ...(body.codable !== undefined ? { is_codable: body.codable } : {}),
        ...(body.position !== undefined ? { position: body.position } : {}),
      },
      body.archived,
    );
    return toCode(row);
  });
}

/** Freezes the live code tree as the project's next codebook version. */
export async function freezeCodebook(
  db: Db,
  actor: Actor,
  projectId: string,
  note: string | null | undefined,
) {
  return db.transaction().execute(async (trx) => {
    await lockCodebook(trx, projectId);
    const codes = (await listCodes(trx, projectId)).items;
    const last = await lastCodebookNumber(trx, projectId);
    const row = await insertCodebookVersion(trx, {
      projectId,
      number: last + 1,
      note: note ?? null,
      snapshot: JSON.stringify(codes),
      createdBy: actorUserId(actor),
    });
    return {
      id: row.id,
      number: row.number,
      note: row.note,
      createdAt: row.created_at.toISOString(),
      codes: codes.length,
    };
  });
}

/** The project's frozen codebook versions, newest first. */
export async function listCodebookVersions(db: Db, projectId: string) {
  const rows = await listCodebookVersionRows(db, projectId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      note: r.note,
      createdAt: r.created_at.toISOString(),
      codes: Number(r.codes),
    })),
  };
}
