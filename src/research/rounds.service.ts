import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import type { Round, RoundCreateSchema } from './coding.schema.ts';
import { actorUserId, logResearchEvent } from './projects.service.ts';
import {
  closeRoundRow,
  insertRound,
  listRoundCoderRows,
  listRoundDocumentRows,
  listRoundRows,
  lockRound,
  projectCoderIds,
  projectDocumentIds,
} from './rounds.repo.ts';

/**
 * The use cases of coding rounds (issue #21): a round names documents and coders, is blind while open, and
 * closing it freezes its segments and opens them to comparison.
 */

async function roundsWhere(db: Db, where: { projectId?: string; roundId?: string }): Promise<Round[]> {
  const rounds = await listRoundRows(db, where);
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);
  const documents = await listRoundDocumentRows(db, ids);
  const coders = await listRoundCoderRows(db, ids);
  return rounds.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    name: r.name,
    blind: r.blind,
    open: r.closed_at === null,
    openedAt: r.opened_at.toISOString(),
    closedAt: r.closed_at?.toISOString() ?? null,
    documents: documents.filter((d) => d.round_id === r.id).map((d) => ({ id: d.id, title: d.title })),
    coders: coders
      .filter((c) => c.round_id === r.id)
      .map((c) => ({ id: c.id, name: c.display_name, segments: Number(c.segments) })),
  }));
}

/** The project's rounds, newest first. */
export async function listRounds(db: Db, projectId: string) {
  return { items: await roundsWhere(db, { projectId }) };
}

/** One round; 404 when it does not exist. */
export async function getRound(db: Db, roundId: string): Promise<Round> {
  const [round] = await roundsWhere(db, { roundId });
  if (!round) throw errors.notFound('researchRound', roundId);
  return round;
}

/** Opens a round over documents of the project and its coders or leads (422 naming the field otherwise). */
export async function createRound(
  db: Db,
  actor: Actor,
  projectId: string,
  body: z.infer<typeof RoundCreateSchema>,
): Promise<Round> {
  const documentIds = [...new Set(body.documentIds)];
  const coderIds = [...new Set(body.coderIds)];
  const id = await db.transaction().execute(async (trx) => {
    const docs = await projectDocumentIds(trx, projectId, documentIds);
    const missingDoc = documentIds.find((d) => !docs.includes(d));
    if (missingDoc) {
      const message = tr({
        id: `Dokumen ${missingDoc} bukan dokumen proyek ini.`,
        en: `Document ${missingDoc} is not a document of this project.`,
      });
      throw errors.unprocessable(message, [{ path: 'documentIds', message }]);
    }
    const members = await projectCoderIds(trx, projectId, coderIds);
    const notCoder = coderIds.find((c) => !members.includes(c));
    if (notCoder) {
      const message = tr({
        id: `Pengguna ${notCoder} bukan pengode atau ketua di proyek ini.`,
        en: `User ${notCoder} is not a coder or lead of this project.`,
      });
      throw errors.unprocessable(message, [{ path: 'coderIds', message }]);
    }
    const roundId = await insertRound(
      trx,
      { projectId, name: body.name, blind: body.blind ?? true },
      documentIds,
      coderIds,
    );
    await logResearchEvent(trx, projectId, actor, 'round.opened', {
      roundId,
      documents: documentIds.length,
      coders: coderIds.length,
    });
    return roundId;
  });
  return getRound(db, id);
}

/** Closes an open round: its segments freeze and become visible to every member. */
export async function closeRound(db: Db, actor: Actor, roundId: string): Promise<Round> {
  await db.transaction().execute(async (trx) => {
    const round = await lockRound(trx, roundId);
    if (!round) throw errors.notFound('researchRound', roundId);
    if (round.closed_at) {
      throw errors.unprocessable(
        tr({ id: 'Putaran ini sudah ditutup.', en: 'This round is already closed.' }),
      );
    }
    await closeRoundRow(trx, roundId, actorUserId(actor));
    await logResearchEvent(trx, round.project_id, actor, 'round.closed', { roundId });
  });
  return getRound(db, roundId);
}
