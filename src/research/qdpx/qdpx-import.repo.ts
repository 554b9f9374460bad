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
import type { ImportReport } from './qdpx.schema.ts';
import { longHex, lossesOf, M } from './qdpx.service.ts';
import { importTieEvidence, networkCaseIds } from './qdpx-evidence-import.repo.ts';

/** Where an import goes: into project `into`, or a new project; the key finds exported ties again. */
export interface ImportTarget {
  into?: string;
  pseudonymKey: string;
}

const noCounts = () => ({
  codes: 0,
  documents: 0,
  segments: 0,
  codings: 0,
  memos: 0,
  informants: 0,
  evidence: 0,
});

/** The live codes of a project, by parent and name (an import adds a code once). */
async function existingCodes(trx: Db, projectId: string) {
  const rows = await trx
    .selectFrom('research_codes')
    .select(['id', 'parent_id', 'name'])
    .where('project_id', '=', projectId)
    .where('archived_at', 'is', null)
    .forUpdate()
    .execute();
  return { rows, byKey: new Map(rows.map((r) => [`${r.parent_id ?? ''}\u0000${r.name}`, r.id])) };
}

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

/**
 * Imports a REFI-QDA project, in one transaction: as a new research project led by `actor`, or into
 * project `target.into` (codes of the same name under the same parent are reused, the rest added).
 */
export async function importProject(
  db: Db,
  actor: Actor,
  read: ReadResult,
  fileName: string,
  target: ImportTarget,
): Promise<ImportReport> {
  const userId = userIdOf(actor);
  if (read.kind !== 'project') throw new AppError('unprocessable', tr(M.notProject));
  const { project } = read;
  const report = read.report;
  const coders = new Set(
    project.sources.flatMap((s) => s.selections.flatMap((sel) => sel.codings.map((c) => c.userId ?? ''))),
  );
  coders.delete('');
  if (coders.size > 1) report.add('coders-merged', M.codersMerged, undefined, { coders: coders.size });
  const counts = noCounts();

  const projectId = await db.transaction().execute(async (trx) => {
    let pid = target.into;
    if (pid === undefined) {
      const created = await trx
        .insertInto('research_projects')
        .values({
          name: project.name.trim() === '' ? tr(M.emptyName) : project.name.slice(0, 200),
          description: project.description ?? null,
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      pid = created.id;
      await trx
        .insertInto('research_project_members')
        .values({ project_id: pid, user_id: userId, role: 'lead' })
        .execute();
    }

    const codeIds = new Map<string, string>();
    const existing = await existingCodes(trx, pid);
    await insertCodes(trx, pid, project.codes, null, codeIds, existing.byKey);
    const before = new Set(existing.rows.map((r) => r.id));
    counts.codes = new Set([...codeIds.values()].filter((id) => !before.has(id))).size;

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
    const used = new Set(
      (
        await trx
          .selectFrom('research_informants')
          .select('pseudonym')
          .where('project_id', '=', pid)
          .execute()
      ).map((r) => r.pseudonym),
    );
    const network = networkCaseIds(project);
    const informantCases = project.cases.filter((c) => !network.has(c.id));
    for (const c of informantCases) {
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
    if (informantCases.length > 0)
      report.add('no-consent', M.noConsent, undefined, { cases: informantCases.length });
    counts.evidence = await importTieEvidence(
      trx,
      {
        project,
        projectId: pid,
        newProject: target.into === undefined,
        segmentIds,
        userId,
        pseudonymKey: target.pseudonymKey,
      },
      report,
    );

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
  return { projectId, created: target.into === undefined, counts, losses: lossesOf(report) };
}

/** Imports the codes of a `.qdc` (or of a project file) into a project's codebook; same names under the same parent are kept once. */
export async function importCodebook(
  db: Db,
  actor: Actor,
  projectId: string,
  read: ReadResult,
  fileName: string,
): Promise<ImportReport> {
  const userId = userIdOf(actor);
  const codes = read.kind === 'codebook' ? read.codebook.codes : read.project.codes;
  const counts = noCounts();
  await db.transaction().execute(async (trx) => {
    const { rows, byKey } = await existingCodes(trx, projectId);
    const ids = new Map<string, string>();
    await insertCodes(trx, projectId, codes, null, ids, byKey);
    const before = new Set(rows.map((r) => r.id));
    counts.codes = new Set([...ids.values()].filter((id) => !before.has(id))).size;
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
  return { projectId, created: false, counts, losses: lossesOf(read.report) };
}
