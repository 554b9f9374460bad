/**
 * The network ties a project's evidence speaks of, as REFI-QDA (METHODS.md §7, "Mapping Simpul onto REFI"):
 * each party of a tie is a *party case* and each tie a *tie case* whose SelectionRefs are its evidence and
 * whose Variables hold its type, sign, strength and period; a `Link` joins the two party cases (the tie
 * itself, for tools that draw links), and one `Link` per evidence joins the coded selection to the tie
 * case, named `supports · ego` (stance · perspective) so the import can read it back.
 *
 * GUIDs of parties and ties are keyed hashes of their registry ids (the installation's pseudonym key), so
 * the file reveals no registry id, yet an import into this installation finds the tie again.
 */

import { createHmac } from 'node:crypto';
import { defaultGuid, type LossReport, type QdaProject } from '../../formats/refi-qda/index.ts';
import type { Message } from '../../shared/lang.ts';
import { exportPartyName } from '../research.policy.ts';
import type * as repo from './qdpx.repo.ts';

type EvidenceRow = Awaited<ReturnType<typeof repo.tieEvidenceRows>>[number];

/** The case-kind variable's values: what a case of a Simpul export stands for. */
export const CASE_KIND = { informant: 'informan', party: 'pihak', tie: 'ikatan' } as const;

/** Variables of a Simpul export (ids are stable; names are what other tools show). */
export const VARIABLES = {
  caseKind: { id: 'case-kind', name: 'Jenis kasus', type: 'Text' },
  tieType: { id: 'tie-type', name: 'Jenis ikatan', type: 'Text' },
  tieSign: { id: 'tie-sign', name: 'Valensi ikatan', type: 'Text' },
  tieStrength: { id: 'tie-strength', name: 'Kekuatan ikatan', type: 'Integer' },
  tieStart: { id: 'tie-start', name: 'Ikatan mulai', type: 'Date' },
  tieEnd: { id: 'tie-end', name: 'Ikatan berakhir', type: 'Date' },
} as const satisfies Record<string, QdaProject['variables'][number]>;

/** A Link name `supports · ego`, read back by `parseEvidenceLinkName`. */
const LINK_NAME = /^(supports|contradicts)\s*·\s*(ego|alter|third_party)$/;

const M = {
  evidenceWithheld: {
    id: '{count} bukti ikatan pada segmen yang tidak diekspor ikut tidak diekspor',
    en: '{count} tie evidence link(s) on segments that were not exported were left out with them',
  },
} satisfies Record<string, Message>;

/** A keyed, irreversible reference to registry record `id` of `kind` (`tie`, `party`). */
export function registryRef(key: string, kind: string, id: string): string {
  return `${kind}:${createHmac('sha256', key).update(`${kind}:${id}`).digest('hex').slice(0, 32)}`;
}

/** The GUID the export gives tie `interactionId`'s case (so the import can recognise it). */
export const tieCaseGuid = (key: string, interactionId: string): string =>
  defaultGuid('case', registryRef(key, 'tie', interactionId));

/** Stance and perspective of an evidence Link's name, or null for any other Link. */
export function parseEvidenceLinkName(
  name: string | undefined,
): { stance: 'supports' | 'contradicts'; perspective: 'ego' | 'alter' | 'third_party' } | null {
  const match = LINK_NAME.exec((name ?? '').trim());
  if (!match) return null;
  return {
    stance: match[1] as 'supports' | 'contradicts',
    perspective: match[2] as 'ego' | 'alter' | 'third_party',
  };
}

/** Adds `variable` to the project once. */
export function useVariable(project: QdaProject, variable: QdaProject['variables'][number]): void {
  if (!project.variables.some((v) => v.id === variable.id)) project.variables.push({ ...variable });
}

/**
 * Adds the ties of `rows` whose evidence segment was exported (`exported`) to `project`: party cases, tie
 * cases and Links. Party names are pseudonyms (`IKM-3f9a1c2b`, `LBG-…`) unless `identities`.
 */
export function addTies(
  project: QdaProject,
  rows: readonly EvidenceRow[],
  exported: ReadonlySet<string>,
  key: string,
  identities: boolean,
  report: LossReport,
): void {
  const kept = rows.filter((r) => {
    if (exported.has(r.segment_id)) return true;
    report.add('evidence-withheld', M.evidenceWithheld);
    return false;
  });
  if (kept.length === 0) return;
  for (const v of Object.values(VARIABLES)) useVariable(project, v);
  const parties = new Map<string, string>();
  const party = (kind: 'enterprise' | 'institution', id: string, name: string | null): string => {
    const caseId = registryRef(key, 'party', id);
    if (!parties.has(caseId)) {
      parties.set(caseId, caseId);
      const label = exportPartyName(key, kind, id, name, identities);
      project.cases.push({
        id: caseId,
        name: label,
        values: [{ variableId: VARIABLES.caseKind.id, value: CASE_KIND.party }],
        sourceIds: [],
        selectionIds: [],
      });
    }
    return caseId;
  };
  const ties = new Map<string, QdaProject['cases'][number]>();
  for (const r of kept) {
    let tie = ties.get(r.interaction_id);
    if (!tie) {
      const from = party('enterprise', r.from_enterprise_id, r.from_name);
      const to = r.to_enterprise_id
        ? party('enterprise', r.to_enterprise_id, r.to_enterprise_name)
        : r.to_institution_id
          ? party('institution', r.to_institution_id, r.to_institution_name)
          : undefined;
      const caseId = registryRef(key, 'tie', r.interaction_id);
      const names = (id: string | undefined) => project.cases.find((c) => c.id === id)?.name ?? '?';
      const values: QdaProject['cases'][number]['values'] = [
        { variableId: VARIABLES.caseKind.id, value: CASE_KIND.tie },
        { variableId: VARIABLES.tieType.id, value: r.type },
        { variableId: VARIABLES.tieSign.id, value: r.valence },
        { variableId: VARIABLES.tieStart.id, value: r.start_date },
      ];
      if (r.strength !== null)
        values.push({ variableId: VARIABLES.tieStrength.id, value: String(r.strength) });
      if (r.end_date) values.push({ variableId: VARIABLES.tieEnd.id, value: r.end_date });
      tie = {
        id: caseId,
        name: `${r.type}: ${names(from)} → ${names(to)}`,
        values,
        sourceIds: [],
        selectionIds: [],
      };
      ties.set(r.interaction_id, tie);
      project.cases.push(tie);
      if (to)
        project.links.push({
          id: `tie:${caseId}`,
          name: r.type,
          direction: 'OneWay',
          originId: from,
          targetId: to,
        });
    }
    if (!tie.selectionIds.includes(r.segment_id)) tie.selectionIds.push(r.segment_id);
    project.links.push({
      id: `evidence:${r.id}`,
      name: `${r.stance} · ${r.perspective}`,
      direction: 'OneWay',
      originId: r.segment_id,
      targetId: tie.id,
    });
  }
}
