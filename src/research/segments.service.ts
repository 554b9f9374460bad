import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { FIELD_LABELS } from '../shared/field-labels.ts';
import { tr } from '../shared/lang.ts';
import { listCodes } from './codebook.service.ts';
import type { Segment, SegmentCreateSchema } from './coding.schema.ts';
import { actorUserId } from './projects.service.ts';
import {
  deleteSegmentRow,
  findCodesForCoding,
  findDocumentForCoding,
  findDocumentWithText,
  insertCoding,
  insertSegment,
  isDocumentInformant,
  listSegmentRows,
  lockSegment,
  openRoundIds,
} from './segments.repo.ts';

/**
 * The use cases of coding a transcript (issue #21): segments with their codes, the rules of who may change
 * them, and what the coding screen loads. A withdrawn informant's excerpts are left out of every list.
 */

async function segmentsWhere(db: Db, actor: Actor, filter: { documentId?: string; segmentId?: string }) {
  const rows = await listSegmentRows(db, actor, filter);
  const me = actorUserId(actor);
  return rows.map((r) => ({
    visible: r.visible,
    segment: {
      id: r.id,
      documentId: r.document_id,
      roundId: r.round_id,
      coderId: r.coder_id,
      coderName: r.display_name,
      informantId: r.informant_id,
      startCp: r.start_cp,
      endCp: r.end_cp,
      codeIds: r.code_ids,
      mine: r.coder_id === me,
      createdAt: r.created_at.toISOString(),
    } satisfies Segment,
  }));
}

/** The segments of a document the actor may see, and how many a blind round still hides. */
export async function listSegments(db: Db, actor: Actor, documentId: string) {
  const rows = await segmentsWhere(db, actor, { documentId });
  return {
    items: rows.filter((r) => r.visible).map((r) => r.segment),
    hiddenByBlindRound: rows.filter((r) => !r.visible).length,
  };
}

/** 422 on `path` unless every code is a codable, unarchived code of the project. */
async function assertCodesUsable(db: Db, projectId: string, codeIds: readonly string[], path: string) {
  const rows = await findCodesForCoding(db, projectId, codeIds);
  for (const id of codeIds) {
    const row = rows.find((r) => r.id === id);
    if (!row?.is_codable || row.archived_at) {
      const message = !row
        ? tr({
            id: 'Kode tidak ada di buku kode proyek ini.',
            en: "The code is not in this project's codebook.",
          })
        : tr({
            id: 'Kode ini tema atau sudah diarsipkan; pilih sub-kode yang dapat dipakai.',
            en: 'This code is a theme or archived; choose a codable sub-code.',
          });
      throw errors.unprocessable(message, [{ path, message }]);
    }
  }
}

/** Codes a span of a document: a new segment of the actor, in their open round of it unless one is named. */
export async function createSegment(
  db: Db,
  actor: Actor,
  documentId: string,
  body: z.infer<typeof SegmentCreateSchema>,
): Promise<Segment> {
  const me = actorUserId(actor);
  if (!me)
    throw errors.unprocessable(tr({ id: 'Hanya pengguna yang dapat mengode.', en: 'Only a user can code.' }));
  const id = await db.transaction().execute(async (trx) => {
    const doc = await findDocumentForCoding(trx, documentId);
    if (!doc) throw errors.notFound('researchDocumentOfCoding', documentId);
    if (!doc.has_text) {
      throw errors.unprocessable(
        tr({ id: 'Dokumen ini tidak punya teks untuk dikode.', en: 'This document has no text to code.' }),
      );
    }
    if (body.endCp > doc.body_code_points) {
      const label = FIELD_LABELS.endCp!;
      const message = tr({
        id: `${label.id} ${body.endCp} melewati akhir dokumen (panjangnya ${doc.body_code_points} karakter).`,
        en: `${label.en} ${body.endCp} is beyond the end of the document (${doc.body_code_points} characters long).`,
      });
      throw errors.unprocessable(message, [{ path: 'endCp', message }]);
    }
    if (body.endCp <= body.startCp) {
      const label = FIELD_LABELS.endCp!;
      const message = tr({
        id: `${label.id} harus sesudah awal segmen.`,
        en: `${label.en} must come after the segment's start.`,
      });
      throw errors.unprocessable(message, [{ path: 'endCp', message }]);
    }
    const codeIds = [...new Set(body.codeIds)];
    await assertCodesUsable(trx, doc.project_id, codeIds, 'codeIds');
    const roundId = await roundFor(trx, me, documentId, body.roundId);
    if (body.informantId && !(await isDocumentInformant(trx, documentId, body.informantId))) {
      const message = tr({
        id: 'Informan ini bukan informan dokumen ini.',
        en: 'This informant is not an informant of this document.',
      });
      throw errors.unprocessable(message, [{ path: 'informantId', message }]);
    }
    return insertSegment(
      trx,
      {
        documentId,
        roundId,
        coderId: me,
        informantId: body.informantId ?? null,
        startCp: body.startCp,
        endCp: body.endCp,
      },
      codeIds,
    );
  });
  return (await segmentsWhere(db, actor, { segmentId: id }))[0]!.segment;
}

/** The round a new segment belongs to: the one named (open, with this document and coder) or the coder's open round of the document. */
async function roundFor(db: Db, coderId: string, documentId: string, named: string | null | undefined) {
  const open = await openRoundIds(db, coderId, documentId);
  if (!named) return open[0] ?? null;
  if (open.includes(named)) return named;
  const message = tr({
    id: 'Putaran ini sudah ditutup, atau tidak memuat dokumen ini atau Anda sebagai pengode.',
    en: 'This round is closed, or does not hold this document or you as a coder.',
  });
  throw errors.unprocessable(message, [{ path: 'roundId', message }]);
}

/** Locks the actor's own segment of an open round (404 or 422 otherwise). */
async function ownOpenSegment(db: Db, actor: Actor, segmentId: string) {
  const row = await lockSegment(db, segmentId);
  if (!row) throw errors.notFound('researchSegment', segmentId);
  if (row.coder_id !== actorUserId(actor)) {
    throw errors.unprocessable(
      tr({
        id: 'Hanya pengode segmen ini yang dapat mengubahnya.',
        en: "Only this segment's coder may change it.",
      }),
    );
  }
  if (row.closed_at) {
    throw errors.unprocessable(
      tr({
        id: 'Putaran segmen ini sudah ditutup; pengodeannya tidak diubah lagi.',
        en: "This segment's round is closed; its codings no longer change.",
      }),
    );
  }
  return row;
}

/** Deletes one's own segment (and its codings), unless its round is closed. */
export async function deleteSegment(db: Db, actor: Actor, segmentId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await ownOpenSegment(trx, actor, segmentId);
    await deleteSegmentRow(trx, segmentId);
  });
}

/** Adds one more code to one's own segment. */
export async function addCoding(db: Db, actor: Actor, segmentId: string, codeId: string): Promise<Segment> {
  await db.transaction().execute(async (trx) => {
    const row = await ownOpenSegment(trx, actor, segmentId);
    await assertCodesUsable(trx, row.project_id, [codeId], 'codeId');
    await insertCoding(trx, segmentId, codeId);
  });
  return (await segmentsWhere(db, actor, { segmentId }))[0]!.segment;
}

/** What the coding screen needs of a document: its text, the codebook and the actor's open round. */
export async function codingView(db: Db, actor: Actor, documentId: string) {
  const doc = await findDocumentWithText(db, documentId);
  if (!doc) throw errors.notFound('researchDocumentOfCoding', documentId);
  const me = actorUserId(actor);
  const round = me ? await roundFor(db, me, documentId, undefined) : null;
  return {
    id: doc.id,
    projectId: doc.project_id,
    title: doc.title,
    length: doc.body_code_points,
    text: doc.body ?? '',
    roundId: round,
    codes: (await listCodes(db, doc.project_id)).items,
  };
}
