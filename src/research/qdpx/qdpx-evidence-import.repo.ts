/**
 * Reads the tie evidence of a Simpul export back (see `qdpx-ties.ts`): each Link from an imported selection
 * to a tie case, named `supports · ego`, becomes evidence on that tie when the tie exists in a centre the
 * project studies; the others are counted in the report. Party and tie cases are recognised by the
 * `Jenis kasus` variable and are not informants.
 */

import type { Db } from '../../db/database.ts';
import type { LossReport, QdaProject } from '../../formats/refi-qda/index.ts';
import type { Message } from '../../shared/lang.ts';
import { recomputeTieConfidence } from '../tie-evidence.service.ts';
import { studiedTieIds } from './qdpx.repo.ts';
import { CASE_KIND, parseEvidenceLinkName, tieCaseGuid, VARIABLES } from './qdpx-ties.ts';

const M = {
  noTie: {
    id: '{count} bukti ikatan merujuk ke ikatan yang tidak ada di sentra yang diteliti proyek ini dan tidak diimpor',
    en: '{count} tie evidence link(s) refer to a tie that is not in a centre this project studies and were not imported',
  },
  newProject: {
    id: '{count} bukti ikatan tidak diimpor: proyek baru belum meneliti sentra mana pun (impor ke proyek yang meneliti sentranya)',
    en: '{count} tie evidence link(s) were not imported: a new project studies no centre yet (import into a project that studies the centres)',
  },
  otherLinks: {
    id: '{count} tautan (Link) selain bukti ikatan tidak diimpor',
    en: '{count} link(s) other than tie evidence were not imported',
  },
} satisfies Record<string, Message>;

/** The ids of the file's party and tie cases (by the case-kind variable, under any of its names). */
export function networkCaseIds(project: QdaProject): Set<string> {
  const kindVariables = new Set(
    project.variables
      .filter((v) => v.name.trim().toLowerCase() === VARIABLES.caseKind.name.toLowerCase())
      .map((v) => v.id),
  );
  const network = new Set<string>();
  for (const c of project.cases) {
    const kind = c.values.find((v) => kindVariables.has(v.variableId))?.value.trim();
    if (kind === CASE_KIND.party || kind === CASE_KIND.tie) network.add(c.id);
  }
  return network;
}

/**
 * Writes the evidence Links of `project` whose selection was imported (`segmentIds`: file selection id →
 * segment id) and whose tie is studied by `projectId` (none when `newProject`). Returns how many it wrote.
 */
export async function importTieEvidence(
  trx: Db,
  input: {
    project: QdaProject;
    projectId: string;
    newProject: boolean;
    segmentIds: ReadonlyMap<string, string>;
    userId: string;
    pseudonymKey: string;
  },
  report: LossReport,
): Promise<number> {
  const { project, segmentIds } = input;
  const tieCases = networkCaseIds(project);
  type Parsed = NonNullable<ReturnType<typeof parseEvidenceLinkName>>;
  const candidates: (Parsed & { segmentId: string; caseId: string })[] = [];
  for (const link of project.links) {
    const parsed = parseEvidenceLinkName(link.name);
    const segmentId = link.originId ? segmentIds.get(link.originId) : undefined;
    if (!parsed || !segmentId || !link.targetId || !tieCases.has(link.targetId)) {
      // The Link between two party cases is the tie itself, already carried by the tie case.
      const betweenParties =
        !!link.originId && tieCases.has(link.originId) && !!link.targetId && tieCases.has(link.targetId);
      if (!betweenParties) report.add('other-links', M.otherLinks);
      continue;
    }
    candidates.push({ segmentId, caseId: link.targetId, ...parsed });
  }
  if (candidates.length === 0) return 0;
  if (input.newProject) {
    for (const _ of candidates) report.add('evidence-new-project', M.newProject);
    return 0;
  }
  const tieOfCase = new Map(
    (await studiedTieIds(trx, input.projectId)).map((id) => [tieCaseGuid(input.pseudonymKey, id), id]),
  );
  const rows = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const interactionId = tieOfCase.get(c.caseId);
    if (!interactionId) {
      report.add('evidence-no-tie', M.noTie);
      continue;
    }
    if (seen.has(`${c.segmentId}:${interactionId}`)) continue;
    seen.add(`${c.segmentId}:${interactionId}`);
    rows.push({
      segment_id: c.segmentId,
      interaction_id: interactionId,
      stance: c.stance,
      perspective: c.perspective,
      created_by: input.userId,
    });
  }
  if (rows.length === 0) return 0;
  const segments = await trx
    .selectFrom('research_segments')
    .select(['id', 'informant_id'])
    .where(
      'id',
      'in',
      rows.map((r) => r.segment_id),
    )
    .execute();
  const informantOf = new Map(segments.map((s) => [s.id, s.informant_id]));
  await trx
    .insertInto('research_tie_evidence')
    .values(rows.map((r) => ({ ...r, informant_id: informantOf.get(r.segment_id) ?? null })))
    .onConflict((oc) => oc.columns(['segment_id', 'interaction_id']).doNothing())
    .execute();
  await recomputeTieConfidence(trx, [...new Set(rows.map((r) => r.interaction_id))]);
  return rows.length;
}
