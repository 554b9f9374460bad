import { sql } from 'kysely';
import type { z } from 'zod';
import { type SegmentUnitisation, segmentAgreement } from '../analysis/index.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { codePointIndex } from '../shared/code-points.ts';
import { errors } from '../shared/errors.ts';
import { FIELD_LABELS } from '../shared/field-labels.ts';
import { tr } from '../shared/lang.ts';
import type { MessageKey } from '../shared/messages.ts';
import type {
  Code,
  CodeCreateSchema,
  CodeUpdateSchema,
  MemoCreateSchema,
  Round,
  RoundCreateSchema,
  Segment,
  SegmentCreateSchema,
} from './coding.schema.ts';
import { segmentStillConsented } from './excerpts.ts';

/**
 * The queries of a project's codebook, coding rounds, segments, memos and coding views (issue #21), with
 * the row-to-API shaping beside them; `coding.service.ts` is the use-case surface the routes call. Membership is
 * checked by the routes (`assertProjectRole`); here: what exists, what a member may see (blind rounds,
 * withdrawn informants), and the rules of coding.
 *
 * Blindness: a segment of an open blind round is seen by its coder only — by the project's lead too, who
 * sees the round's counts but not its codings until it is closed. Every list and count also applies
 * `segmentStillConsented`, so a withdrawn informant's excerpts disappear everywhere.
 */

type Target = 'project' | 'code' | 'round' | 'segment' | 'document';
const ENTITY: Record<Target, MessageKey> = {
  project: 'researchProjectOfCoding',
  code: 'researchCode',
  round: 'researchRound',
  segment: 'researchSegment',
  document: 'researchDocumentOfCoding',
};

/** The project of a code, round, segment or document (or the project itself); 404 when it does not exist. */
export async function projectOf(db: Db, target: Target, id: string): Promise<string> {
  const missing = errors.notFound(ENTITY[target], id);
  if (!isUuid(id)) throw missing;
  const row = await (() => {
    switch (target) {
      case 'project':
        return db
          .selectFrom('research_projects')
          .select('id as project_id')
          .where('id', '=', id)
          .executeTakeFirst();
      case 'code':
        return db.selectFrom('research_codes').select('project_id').where('id', '=', id).executeTakeFirst();
      case 'round':
        return db.selectFrom('research_rounds').select('project_id').where('id', '=', id).executeTakeFirst();
      case 'document':
        return db
          .selectFrom('research_documents')
          .select('project_id')
          .where('id', '=', id)
          .executeTakeFirst();
      case 'segment':
        return db
          .selectFrom('research_segments as s')
          .innerJoin('research_documents as d', 'd.id', 's.document_id')
          .select('d.project_id')
          .where('s.id', '=', id)
          .executeTakeFirst();
    }
  })();
  if (!row) throw missing;
  return row.project_id;
}

const userId = (actor: Actor): string | null => (actor.kind === 'user' ? actor.userId : null);

/** SQL: segment `s` may be seen by the actor (its blind round closed, or not blind, or the actor's own). */
export function visibleTo(actor: Actor) {
  const me = userId(actor);
  if (actor.kind === 'system') return sql<boolean>`true`;
  return sql<boolean>`(s.round_id IS NULL OR s.coder_id = ${me}::uuid OR EXISTS (
    SELECT 1 FROM research_rounds vr WHERE vr.id = s.round_id AND (vr.closed_at IS NOT NULL OR NOT vr.blind)))`;
}

// ---- codebook ---------------------------------------------------------------------------------------

type CodeRow = {
  id: string;
  parent_id: string | null;
  key: string | null;
  name: string;
  gloss_en: string | null;
  definition: string | null;
  examples: string | null;
  color: string | null;
  is_codable: boolean;
  position: number;
  archived_at: Date | null;
  version: number;
};

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

const CODE_COLUMNS = [
  'id',
  'parent_id',
  'key',
  'name',
  'gloss_en',
  'definition',
  'examples',
  'color',
  'is_codable',
  'position',
  'archived_at',
  'version',
] as const;

/** The project's code tree, flat, parents before children and siblings by position. */
export async function listCodes(db: Db, projectId: string): Promise<{ items: Code[] }> {
  const rows = await db
    .selectFrom('research_codes')
    .select(CODE_COLUMNS)
    .where('project_id', '=', projectId)
    .orderBy('position')
    .orderBy('name')
    .execute();
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

async function assertParent(db: Db, projectId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  const message = tr({
    id: 'Kode induk tidak ada di proyek ini.',
    en: 'The parent code is not in this project.',
  });
  const parent = await db
    .selectFrom('research_codes')
    .select(['id', 'parent_id'])
    .where('id', '=', parentId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
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
    const up: { parent_id: string | null } | undefined = await db
      .selectFrom('research_codes')
      .select('parent_id')
      .where('id', '=', cursor)
      .executeTakeFirst();
    cursor = up?.parent_id ?? null;
  }
}

export async function createCode(
  db: Db,
  projectId: string,
  body: z.infer<typeof CodeCreateSchema>,
): Promise<Code> {
  return db.transaction().execute(async (trx) => {
    await assertParent(trx, projectId, body.parentId);
    const row = await trx
      .insertInto('research_codes')
      .values({
        project_id: projectId,
        parent_id: body.parentId ?? null,
        name: body.name,
        gloss_en: body.glossEn ?? null,
        definition: body.definition ?? null,
        examples: body.examples ?? null,
        color: body.color ?? null,
        is_codable: body.codable ?? true,
        position: body.position ?? 0,
      })
      .returning(CODE_COLUMNS)
      .executeTakeFirstOrThrow();
    return toCode(row);
  });
}

export async function updateCode(
  db: Db,
  codeId: string,
  body: z.infer<typeof CodeUpdateSchema>,
): Promise<Code> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('research_codes')
      .select(['project_id', 'version', 'archived_at'])
      .where('id', '=', codeId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw errors.notFound('researchCode', codeId);
    if (current.version !== body.version)
      throw errors.versionConflict('researchCode', body.version, current.version);
    if (body.parentId !== undefined) await assertParent(trx, current.project_id, body.parentId, codeId);
    const row = await trx
      .updateTable('research_codes')
      .set({
        ...(body.parentId !== undefined ? { parent_id: body.parentId } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.glossEn !== undefined ? { gloss_en: body.glossEn } : {}),
        ...(body.definition !== undefined ? { definition: body.definition } : {}),
        ...(body.examples !== undefined ? { examples: body.examples } : {}),
        ...(body.color !== undefined ? { color: body.color } : {}),
        ...(body.codable !== undefined ? { is_codable: body.codable } : {}),
        ...(body.position !== undefined ? { position: body.position } : {}),
        ...(body.archived !== undefined ? { archived_at: body.archived ? sql`now()` : null } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', codeId)
      .returning(CODE_COLUMNS)
      .executeTakeFirstOrThrow();
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
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`codebook:${projectId}`}))`.execute(trx);
    const codes = (await listCodes(trx, projectId)).items;
    const last = await trx
      .selectFrom('research_codebook_versions')
      .select(sql<number>`coalesce(max(number), 0)`.as('n'))
      .where('project_id', '=', projectId)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('research_codebook_versions')
      .values({
        project_id: projectId,
        number: Number(last.n) + 1,
        note: note ?? null,
        snapshot: JSON.stringify(codes),
        created_by: userId(actor),
      })
      .returning(['id', 'number', 'note', 'created_at'])
      .executeTakeFirstOrThrow();
    return {
      id: row.id,
      number: row.number,
      note: row.note,
      createdAt: row.created_at.toISOString(),
      codes: codes.length,
    };
  });
}

export async function listCodebookVersions(db: Db, projectId: string) {
  const rows = await db
    .selectFrom('research_codebook_versions')
    .select(['id', 'number', 'note', 'created_at', sql<number>`jsonb_array_length(snapshot)`.as('codes')])
    .where('project_id', '=', projectId)
    .orderBy('number', 'desc')
    .execute();
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

// ---- rounds -----------------------------------------------------------------------------------------

async function roundRows(db: Db, where: { projectId?: string; roundId?: string }): Promise<Round[]> {
  let query = db
    .selectFrom('research_rounds')
    .select(['id', 'project_id', 'name', 'blind', 'opened_at', 'closed_at'])
    .orderBy('opened_at', 'desc');
  if (where.projectId) query = query.where('project_id', '=', where.projectId);
  if (where.roundId) query = query.where('id', '=', where.roundId);
  const rounds = await query.execute();
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);
  const documents = await db
    .selectFrom('research_round_documents as rd')
    .innerJoin('research_documents as d', 'd.id', 'rd.document_id')
    .select(['rd.round_id', 'd.id', 'd.title'])
    .where('rd.round_id', 'in', ids)
    .orderBy('d.title')
    .execute();
  const coders = await db
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
    .where('rc.round_id', 'in', ids)
    .orderBy('u.display_name')
    .execute();
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

export async function listRounds(db: Db, projectId: string) {
  return { items: await roundRows(db, { projectId }) };
}

export async function getRound(db: Db, roundId: string): Promise<Round> {
  const [round] = await roundRows(db, { roundId });
  if (!round) throw errors.notFound('researchRound', roundId);
  return round;
}

export async function createRound(
  db: Db,
  actor: Actor,
  projectId: string,
  body: z.infer<typeof RoundCreateSchema>,
): Promise<Round> {
  const documentIds = [...new Set(body.documentIds)];
  const coderIds = [...new Set(body.coderIds)];
  const id = await db.transaction().execute(async (trx) => {
    const docs = await trx
      .selectFrom('research_documents')
      .select('id')
      .where('project_id', '=', projectId)
      .where('id', 'in', documentIds)
      .execute();
    const missingDoc = documentIds.find((d) => !docs.some((r) => r.id === d));
    if (missingDoc) {
      const message = tr({
        id: `Dokumen ${missingDoc} bukan dokumen proyek ini.`,
        en: `Document ${missingDoc} is not a document of this project.`,
      });
      throw errors.unprocessable(message, [{ path: 'documentIds', message }]);
    }
    const members = await trx
      .selectFrom('research_project_members')
      .select('user_id')
      .where('project_id', '=', projectId)
      .where('role', 'in', ['coder', 'lead'])
      .where('user_id', 'in', coderIds)
      .execute();
    const notCoder = coderIds.find((c) => !members.some((m) => m.user_id === c));
    if (notCoder) {
      const message = tr({
        id: `Pengguna ${notCoder} bukan pengode atau ketua di proyek ini.`,
        en: `User ${notCoder} is not a coder or lead of this project.`,
      });
      throw errors.unprocessable(message, [{ path: 'coderIds', message }]);
    }
    const round = await trx
      .insertInto('research_rounds')
      .values({ project_id: projectId, name: body.name, blind: body.blind ?? true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('research_round_documents')
      .values(documentIds.map((document_id) => ({ round_id: round.id, document_id })))
      .execute();
    await trx
      .insertInto('research_round_coders')
      .values(coderIds.map((user_id) => ({ round_id: round.id, user_id })))
      .execute();
    await trx
      .insertInto('research_events')
      .values({
        project_id: projectId,
        user_id: userId(actor),
        kind: 'round.opened',
        payload: JSON.stringify({
          roundId: round.id,
          documents: documentIds.length,
          coders: coderIds.length,
        }),
      })
      .execute();
    return round.id;
  });
  return getRound(db, id);
}

export async function closeRound(db: Db, actor: Actor, roundId: string): Promise<Round> {
  await db.transaction().execute(async (trx) => {
    const round = await trx
      .selectFrom('research_rounds')
      .select(['project_id', 'closed_at'])
      .where('id', '=', roundId)
      .forUpdate()
      .executeTakeFirst();
    if (!round) throw errors.notFound('researchRound', roundId);
    if (round.closed_at) {
      throw errors.unprocessable(
        tr({ id: 'Putaran ini sudah ditutup.', en: 'This round is already closed.' }),
      );
    }
    await trx
      .updateTable('research_rounds')
      .set({
        closed_at: sql`now()`,
        closed_by: userId(actor),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', roundId)
      .execute();
    await trx
      .insertInto('research_events')
      .values({
        project_id: round.project_id,
        user_id: userId(actor),
        kind: 'round.closed',
        payload: JSON.stringify({ roundId }),
      })
      .execute();
  });
  return getRound(db, roundId);
}

const METHOD = {
  all_text: {
    id: 'Satuan = setiap karakter (titik kode) dokumen putaran, seperti perbandingan pengodean NVivo; nilai seorang pengode 1 bila ia memberi kode itu pada segmen yang mencakup karakter tersebut, selain itu 0. Teks yang tidak dikode siapa pun dihitung sebagai kesepakatan. Koefisien per kode dari pustaka kesepakatan Simpul (nominal); keseluruhan = rata-rata kode yang dipakai.',
    en: "Units = every character (code point) of the round's documents, as NVivo's coding comparison; a coder's value is 1 when they applied the code to a segment covering the character, else 0. Text nobody coded counts as agreement. Coefficients per code from Simpul's agreement library (nominal); overall = mean over the codes used.",
  },
  coded_text: {
    id: 'Satuan = karakter yang diberi kode apa pun oleh sedikitnya satu pengode (teks yang tidak dikode siapa pun dikeluarkan, agar tidak menggelembungkan kesepakatan); nilai 1/0 per kode seperti varian NVivo. Keseluruhan = rata-rata kode yang dipakai.',
    en: 'Units = characters some coder coded with any code (text nobody coded left out, so it cannot inflate agreement); values 1/0 per code as in the NVivo variant. Overall = mean over the codes used.',
  },
} as const;

/** Agreement per code and overall of a closed round; while the round is open, a 422 (it would break blindness). */
export async function roundAgreement(db: Db, roundId: string, unitisation: SegmentUnitisation) {
  const round = await getRound(db, roundId);
  if (round.open) {
    throw errors.unprocessable(
      tr({
        id: 'Kesepakatan antar-pengode dihitung setelah ketua menutup putaran.',
        en: 'Inter-coder agreement is computed once the lead has closed the round.',
      }),
    );
  }
  const documents = await db
    .selectFrom('research_documents')
    .select(['id', 'body_code_points'])
    .where(
      'id',
      'in',
      round.documents.map((d) => d.id),
    )
    .execute();
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
  const codes = (await listCodes(db, round.projectId)).items.filter((c) => c.codable);
  const result = segmentAgreement(
    {
      documents: documents.map((d) => ({ id: d.id, length: d.body_code_points })),
      coders: round.coders.map((c) => c.id),
      codes: codes.map((c) => c.id),
      spans: segments.map((s) => ({
        document: s.document_id,
        coder: s.coder_id,
        start: s.start_cp,
        end: s.end_cp,
        codes: codings.filter((k) => k.segment_id === s.id).map((k) => k.code_id),
      })),
    },
    unitisation,
  );
  const perCode = result.perCode.map((p, i) => ({
    codeId: p.code,
    name: codes[i]?.name ?? p.code,
    codedCharacters: p.codedCharacters,
    percentAgreement: p.report?.percentAgreement ?? null,
    cohenKappa: p.report?.cohenKappa ?? null,
    fleissKappa: p.report?.fleissKappa ?? null,
    krippendorffAlpha: p.report?.krippendorffAlpha ?? null,
  }));
  const used = perCode.filter((p) => p.percentAgreement !== null);
  const mean = (pick: (p: (typeof used)[number]) => number | null | undefined) => {
    const values = used.map(pick).filter((v): v is number => typeof v === 'number');
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  return {
    roundId,
    unitisation,
    method: tr(METHOD[unitisation]),
    coders: round.coders.map((c) => ({ id: c.id, name: c.name })),
    units: result.units,
    perCode,
    overall: {
      codes: used.length,
      percentAgreement: mean((p) => p.percentAgreement?.value),
      cohenKappa: mean((p) => p.cohenKappa?.value),
      fleissKappa: mean((p) => p.fleissKappa?.value),
      krippendorffAlpha: mean((p) => p.krippendorffAlpha?.value),
    },
  };
}

// ---- segments ---------------------------------------------------------------------------------------

async function segmentsWhere(db: Db, actor: Actor, filter: { documentId?: string; segmentId?: string }) {
  let query = db
    .selectFrom('research_segments as s')
    .innerJoin('users as u', 'u.id', 's.coder_id')
    .select([
      's.id',
      's.document_id',
      's.round_id',
      's.coder_id',
      'u.display_name',
      's.informant_id',
      's.start_cp',
      's.end_cp',
      's.created_at',
      sql<
        string[]
      >`coalesce((SELECT array_agg(c.code_id::text ORDER BY c.created_at) FROM research_codings c WHERE c.segment_id = s.id), '{}')`.as(
        'code_ids',
      ),
      sql<boolean>`${visibleTo(actor)}`.as('visible'),
    ])
    .where(segmentStillConsented('s'))
    .orderBy('s.start_cp')
    .orderBy('s.end_cp');
  if (filter.documentId) query = query.where('s.document_id', '=', filter.documentId);
  if (filter.segmentId) query = query.where('s.id', '=', filter.segmentId);
  const rows = await query.execute();
  const me = userId(actor);
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

async function assertCodesUsable(db: Db, projectId: string, codeIds: readonly string[], path: string) {
  const rows = await db
    .selectFrom('research_codes')
    .select(['id', 'is_codable', 'archived_at'])
    .where('project_id', '=', projectId)
    .where('id', 'in', codeIds)
    .execute();
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

export async function createSegment(
  db: Db,
  actor: Actor,
  documentId: string,
  body: z.infer<typeof SegmentCreateSchema>,
): Promise<Segment> {
  const me = userId(actor);
  if (!me)
    throw errors.unprocessable(tr({ id: 'Hanya pengguna yang dapat mengode.', en: 'Only a user can code.' }));
  const id = await db.transaction().execute(async (trx) => {
    const doc = await trx
      .selectFrom('research_documents as d')
      .leftJoin('research_document_texts as t', 't.document_id', 'd.id')
      .select(['d.project_id', 'd.body_code_points', 't.document_id as has_text'])
      .where('d.id', '=', documentId)
      .executeTakeFirst();
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
    if (body.informantId) {
      const speaker = await trx
        .selectFrom('research_document_informants')
        .select('informant_id')
        .where('document_id', '=', documentId)
        .where('informant_id', '=', body.informantId)
        .executeTakeFirst();
      if (!speaker) {
        const message = tr({
          id: 'Informan ini bukan informan dokumen ini.',
          en: 'This informant is not an informant of this document.',
        });
        throw errors.unprocessable(message, [{ path: 'informantId', message }]);
      }
    }
    const segment = await trx
      .insertInto('research_segments')
      .values({
        document_id: documentId,
        round_id: roundId,
        coder_id: me,
        informant_id: body.informantId ?? null,
        start_cp: body.startCp,
        end_cp: body.endCp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('research_codings')
      .values(codeIds.map((code_id) => ({ segment_id: segment.id, code_id })))
      .execute();
    return segment.id;
  });
  return (await segmentsWhere(db, actor, { segmentId: id }))[0]!.segment;
}

/** The round a new segment belongs to: the one named (open, with this document and coder) or the coder's open round of the document. */
async function roundFor(db: Db, coderId: string, documentId: string, named: string | null | undefined) {
  const open = await db
    .selectFrom('research_rounds as r')
    .innerJoin('research_round_documents as rd', 'rd.round_id', 'r.id')
    .innerJoin('research_round_coders as rc', 'rc.round_id', 'r.id')
    .select('r.id')
    .where('rd.document_id', '=', documentId)
    .where('rc.user_id', '=', coderId)
    .where('r.closed_at', 'is', null)
    .orderBy('r.opened_at', 'desc')
    .execute();
  if (!named) return open[0]?.id ?? null;
  if (open.some((r) => r.id === named)) return named;
  const message = tr({
    id: 'Putaran ini sudah ditutup, atau tidak memuat dokumen ini atau Anda sebagai pengode.',
    en: 'This round is closed, or does not hold this document or you as a coder.',
  });
  throw errors.unprocessable(message, [{ path: 'roundId', message }]);
}

async function ownOpenSegment(db: Db, actor: Actor, segmentId: string) {
  const row = await db
    .selectFrom('research_segments as s')
    .leftJoin('research_rounds as r', 'r.id', 's.round_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select(['s.coder_id', 'r.closed_at', 'd.project_id'])
    .where('s.id', '=', segmentId)
    .forUpdate('s')
    .executeTakeFirst();
  if (!row) throw errors.notFound('researchSegment', segmentId);
  if (row.coder_id !== userId(actor)) {
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
    await trx.deleteFrom('research_segments').where('id', '=', segmentId).execute();
  });
}

/** Adds one more code to one's own segment. */
export async function addCoding(db: Db, actor: Actor, segmentId: string, codeId: string): Promise<Segment> {
  await db.transaction().execute(async (trx) => {
    const row = await ownOpenSegment(trx, actor, segmentId);
    await assertCodesUsable(trx, row.project_id, [codeId], 'codeId');
    await trx
      .insertInto('research_codings')
      .values({ segment_id: segmentId, code_id: codeId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  });
  return (await segmentsWhere(db, actor, { segmentId }))[0]!.segment;
}

/** What the coding screen needs of a document: its text, the codebook and the actor's open round. */
export async function codingView(db: Db, actor: Actor, documentId: string) {
  const doc = await db
    .selectFrom('research_documents as d')
    .leftJoin('research_document_texts as t', 't.document_id', 'd.id')
    .select(['d.id', 'd.project_id', 'd.title', 'd.body_code_points', 't.body'])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  if (!doc) throw errors.notFound('researchDocumentOfCoding', documentId);
  const me = userId(actor);
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

// ---- views ------------------------------------------------------------------------------------------

/** Per code: visible segments, documents and coders (withdrawn informants' excerpts left out). */
export async function codeFrequencies(db: Db, actor: Actor, projectId: string) {
  const rows = await db
    .selectFrom('research_codes as k')
    .leftJoin('research_codings as c', 'c.code_id', 'k.id')
    .leftJoin('research_segments as s', (join) =>
      join.onRef('s.id', '=', 'c.segment_id').on(segmentStillConsented('s')).on(visibleTo(actor)),
    )
    .select([
      'k.id',
      'k.name',
      sql<number>`count(DISTINCT s.id)`.as('segments'),
      sql<number>`count(DISTINCT s.document_id)`.as('documents'),
      sql<number>`count(DISTINCT s.coder_id)`.as('coders'),
    ])
    .where('k.project_id', '=', projectId)
    .where('k.is_codable', '=', true)
    .groupBy(['k.id', 'k.name', 'k.position'])
    .orderBy(sql`count(DISTINCT s.id)`, 'desc')
    .orderBy('k.position')
    .execute();
  return {
    items: rows.map((r) => ({
      codeId: r.id,
      name: r.name,
      segments: Number(r.segments),
      documents: Number(r.documents),
      coders: Number(r.coders),
    })),
  };
}

/** Code × code: segments of one document that overlap (or are one segment) and carry both codes. */
export async function codeCooccurrence(db: Db, actor: Actor, projectId: string) {
  const codes = (await listCodes(db, projectId)).items.filter((c) => c.codable);
  const pairs = await sql<{ a: string; b: string; n: number }>`
    WITH vis AS (
      SELECT s.id, s.document_id, s.start_cp, s.end_cp, c.code_id
        FROM research_segments s
        JOIN research_documents d ON d.id = s.document_id AND d.project_id = ${projectId}::uuid
        JOIN research_codings c ON c.segment_id = s.id
       WHERE ${segmentStillConsented('s')} AND ${visibleTo(actor)})
    SELECT x.code_id AS a, y.code_id AS b, count(*)::int AS n
      FROM vis x JOIN vis y
        ON x.document_id = y.document_id AND x.start_cp < y.end_cp AND y.start_cp < x.end_cp
       AND x.code_id <> y.code_id AND (x.id < y.id OR (x.id = y.id AND x.code_id < y.code_id))
     GROUP BY 1, 2`.execute(db);
  const index = new Map(codes.map((c, i) => [c.id, i]));
  const counts = codes.map(() => codes.map(() => 0));
  for (const p of pairs.rows) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined) continue;
    counts[i]![j]! += Number(p.n);
    if (i !== j) counts[j]![i]! += Number(p.n);
  }
  return { codes: codes.map((c) => ({ id: c.id, name: c.name })), counts };
}

/** Every visible segment of a code, with up to `context` characters before and after. */
export async function codeSegments(db: Db, actor: Actor, codeId: string, context = 160) {
  const rows = await db
    .selectFrom('research_codings as c')
    .innerJoin('research_segments as s', 's.id', 'c.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .innerJoin('users as u', 'u.id', 's.coder_id')
    .leftJoin('research_document_texts as t', 't.document_id', 'd.id')
    .select(['s.id', 's.document_id', 'd.title', 'u.display_name', 's.start_cp', 's.end_cp', 't.body'])
    .where('c.code_id', '=', codeId)
    .where(segmentStillConsented('s'))
    .where(visibleTo(actor))
    .orderBy('d.title')
    .orderBy('s.start_cp')
    .execute();
  const indexes = new Map<string, (cp: number) => number>();
  return {
    items: rows.map((r) => {
      const body = r.body ?? '';
      let at = indexes.get(r.document_id);
      if (!at) {
        at = codePointIndex(body);
        indexes.set(r.document_id, at);
      }
      return {
        segmentId: r.id,
        documentId: r.document_id,
        documentTitle: r.title,
        coderName: r.display_name,
        startCp: r.start_cp,
        endCp: r.end_cp,
        before: body.slice(at(Math.max(0, r.start_cp - context)), at(r.start_cp)),
        text: body.slice(at(r.start_cp), at(r.end_cp)),
        after: body.slice(at(r.end_cp), at(r.end_cp + context)),
      };
    }),
  };
}

// ---- memos ------------------------------------------------------------------------------------------

export async function listMemos(db: Db, projectId: string) {
  const rows = await db
    .selectFrom('research_memos as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.target_kind', 'm.target_id', 'u.display_name', 'm.body', 'm.created_at'])
    .where('m.project_id', '=', projectId)
    .where('m.target_kind', '<>', 'tie')
    .orderBy('m.created_at', 'desc')
    .execute();
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
    const informant =
      body.targetKind === 'informant'
        ? await db
            .selectFrom('research_informants')
            .select('project_id')
            .where('id', '=', body.targetId!)
            .executeTakeFirst()
        : null;
    if ((target ?? informant?.project_id) !== projectId) throw bad();
  }
  const row = await db
    .insertInto('research_memos')
    .values({
      project_id: projectId,
      target_kind: body.targetKind,
      target_id: body.targetKind === 'project' ? null : body.targetId!,
      author_id: userId(actor),
      body: body.body,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await listMemos(db, projectId)).items.find((m) => m.id === row.id)!;
}
