/**
 * The writes of a REFI-QDA import: a read file (the neutral model) becomes a research project's rows in
 * one transaction, or a codebook's codes are merged into a project. Kept apart from the service because
 * it is almost all SQL; the service reads and checks the file before any of this runs.
 */

import { createHash } from 'node:crypto';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { allCodes, codePointLength, type QdaCode, type ReadResult } from '../../formats/refi-qda/index.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { longHex, M, type QdaImportSummary } from './qdpx.service.ts';

function userIdOf(actor: Actor): string {
  if (actor.kind !== 'user') throw new AppError('unprocessable', tr(M.needsUser));
  return actor.userId;
}

/** Inserts a code tree under `parentId`; returns file code id → Simpul code id. */
async function insertCodes(
  trx: Db,
  projectId: string,
  codes: readonly QdaCode[],
  parentId: string | null,
  ids: Map<string, string>,
  existing: Map<string, string> = new Map(),
): Promise<void> {
  let position = 0;
  for (const code of codes) {
    const key = `${parentId ?? ''}\u0000${code.name}`;
    let id = existing.get(key);
    if (!id) {
      const row = await trx
        .insertInto('research_codes')
        .values({
          project_id: projectId,
          parent_id: parentId,
          name: code.name.trim() === '' ? '—' : code.name,
          definition: code.description ?? null,
          color: longHex(code.color),
          is_codable: code.codable,
          position: position++,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    }
    ids.set(code.id, id);
    await insertCodes(trx, projectId, code.children, id, ids, existing);
  }
}

/** Imports a REFI-QDA project as a new research project led by `actor`, in one transaction. */
export async function importProject(
  db: Db,
  actor: Actor,
  read: ReadResult,
  fileName: string,
): Promise<QdaImportSummary> {
  const userId = userIdOf(actor);
  if (read.kind !== 'project') throw new AppError('unprocessable', tr(M.notProject));
  const { project } = read;
  const report = read.report;
  const coders = new Set(
    project.sources.flatMap((s) => s.selections.flatMap((sel) => sel.codings.map((c) => c.userId ?? ''))),
  );
  coders.delete('');
  if (coders.size > 1) report.add('coders-merged', M.codersMerged, undefined, { coders: coders.size });
  const counts = { codes: 0, documents: 0, segments: 0, codings: 0, memos: 0, informants: 0 };

  const projectId = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('research_projects')
      .values({
        name: project.name.trim() === '' ? tr(M.emptyName) : project.name.slice(0, 200),
        description: project.description ?? null,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pid = created.id;
    await trx
      .insertInto('research_project_members')
      .values({ project_id: pid, user_id: userId, role: 'lead' })
      .execute();

    const codeIds = new Map<string, string>();
    await insertCodes(trx, pid, project.codes, null, codeIds);
    counts.codes = codeIds.size;

    const documentIds = new Map<string, string>();
    const segmentIds = new Map<string, string>();
    for (const source of project.sources) {
      const document = await trx
        .insertInto('research_documents')
        .values({
          project_id: pid,
          kind: 'interview',
          title: source.name.trim() === '' ? '—' : source.name.slice(0, 300),
          body_code_points: codePointLength(source.text),
          body_sha256: createHash('sha256').update(source.text, 'utf8').digest('hex'),
          source_format: 'qdpx',
          original_filename: fileName.slice(0, 255),
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      documentIds.set(source.id, document.id);
      await trx
        .insertInto('research_document_texts')
        .values({ document_id: document.id, body: source.text })
        .execute();
      counts.documents++;
      const length = codePointLength(source.text);
      const spans = [...source.selections];
      // A coding of the whole document becomes a segment over all of it.
      if (source.codings.length > 0 && length > 0) {
        spans.push({ id: `${source.id}:whole`, start: 0, end: length, codings: source.codings });
      }
      for (const selection of spans) {
        const segment = await trx
          .insertInto('research_segments')
          .values({
            document_id: document.id,
            coder_id: userId,
            start_cp: selection.start,
            end_cp: selection.end,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        segmentIds.set(selection.id, segment.id);
        counts.segments++;
        const codes = [
          ...new Set(selection.codings.map((c) => codeIds.get(c.codeId)).filter((id): id is string => !!id)),
        ];
        if (codes.length > 0) {
          await trx
            .insertInto('research_codings')
            .values(codes.map((code_id) => ({ segment_id: segment.id, code_id })))
            .execute();
          counts.codings += codes.length;
        }
      }
    }

    // Cases become informants (pseudonyms are the case names, made unique); no consent is recorded.
    const roleVariable = project.variables.find((v) => /^(peran|role|rolle)$/i.test(v.name.trim()));
    const used = new Set<string>();
    for (const c of project.cases) {
      let pseudonym = (c.name.trim() || 'Informan').slice(0, 100);
      for (let n = 2; used.has(pseudonym); n++) pseudonym = `${c.name.trim() || 'Informan'} (${n})`;
      used.add(pseudonym);
      const role = c.values.find((v) => v.variableId === roleVariable?.id)?.value.trim() || 'informan';
      const informant = await trx
        .insertInto('research_informants')
        .values({ project_id: pid, pseudonym, role: role.slice(0, 100) })
        .returning('id')
        .executeTakeFirstOrThrow();
      counts.informants++;
      const documentsOfCase = c.sourceIds.flatMap((id) => documentIds.get(id) ?? []);
      if (documentsOfCase.length > 0) {
        await trx
          .insertInto('research_document_informants')
          .values(
            [...new Set(documentsOfCase)].map((document_id) => ({ document_id, informant_id: informant.id })),
          )
          .execute();
      }
      const segmentsOfCase = c.selectionIds.flatMap((id) => segmentIds.get(id) ?? []);
      if (segmentsOfCase.length > 0) {
        await trx
          .updateTable('research_segments')
          .set({ informant_id: informant.id })
          .where('id', 'in', segmentsOfCase)
          .execute();
      }
    }
    if (project.cases.length > 0)
      report.add('no-consent', M.noConsent, undefined, { cases: project.cases.length });

    // Notes become memos on what references them; unreferenced notes on the project.
    const targetOf = new Map<string, { kind: 'document' | 'segment' | 'code'; id: string }>();
    for (const source of project.sources) {
      for (const n of source.noteIds ?? [])
        targetOf.set(n, { kind: 'document', id: documentIds.get(source.id) as string });
      for (const sel of source.selections) {
        for (const n of sel.noteIds ?? []) {
          const id = segmentIds.get(sel.id);
          if (id) targetOf.set(n, { kind: 'segment', id });
        }
      }
    }
    for (const code of allCodes(project.codes)) {
      for (const n of code.noteIds ?? []) {
        const id = codeIds.get(code.id);
        if (id) targetOf.set(n, { kind: 'code', id });
      }
    }
    for (const note of project.notes) {
      const body = note.name ? `${note.name}\n\n${note.text}` : note.text;
      if (body.trim() === '') continue;
      const target = targetOf.get(note.id);
      await trx
        .insertInto('research_memos')
        .values({
          project_id: pid,
          target_kind: target?.kind ?? 'project',
          target_id: target?.id ?? null,
          author_id: userId,
          body,
        })
        .execute();
      counts.memos++;
    }
    await trx
      .insertInto('research_events')
      .values({
        project_id: pid,
        user_id: userId,
        kind: 'qdpx_import',
        payload: JSON.stringify({
          file: fileName,
          origin: project.origin ?? null,
          counts,
          losses: report.entries.map((e) => ({ kind: e.kind, count: e.count })),
        }),
      })
      .execute();
    return pid;
  });
  return { projectId, counts, losses: report.lines() };
}

/** Imports the codes of a `.qdc` (or of a project file) into a project's codebook; same names under the same parent are kept once. */
export async function importCodebook(
  db: Db,
  actor: Actor,
  projectId: string,
  read: ReadResult,
  fileName: string,
): Promise<QdaImportSummary> {
  const userId = userIdOf(actor);
  const codes = read.kind === 'codebook' ? read.codebook.codes : read.project.codes;
  const counts = { codes: 0, documents: 0, segments: 0, codings: 0, memos: 0, informants: 0 };
  await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('research_codes')
      .select(['id', 'parent_id', 'name'])
      .where('project_id', '=', projectId)
      .where('archived_at', 'is', null)
      .forUpdate()
      .execute();
    const existing = new Map(rows.map((r) => [`${r.parent_id ?? ''}\u0000${r.name}`, r.id]));
    const ids = new Map<string, string>();
    await insertCodes(trx, projectId, codes, null, ids, existing);
    counts.codes = [...ids.values()].filter((id) => !rows.some((r) => r.id === id)).length;
    await trx
      .insertInto('research_events')
      .values({
        project_id: projectId,
        user_id: userId,
        kind: 'qdc_import',
        payload: JSON.stringify({ file: fileName, codes: counts.codes }),
      })
      .execute();
  });
  return { projectId, counts, losses: read.report.lines() };
}
