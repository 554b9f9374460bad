import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { centerNetworkFor } from '../networks/view/network.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { projectExists } from './projects.repo.ts';
import { assertProjectRole } from './research.policy.ts';
import {
  evidencePoints,
  listEvidenceRows,
  projectSegmentRows,
  segmentCodeNames,
  segmentEvidenceLinks,
  studiedCenterRows,
} from './tie-evidence.repo.ts';
import {
  type Corroboration,
  corroborationOf,
  corroborationRate,
  type Perspective,
  type Stance,
} from './tie-evidence.rules.ts';
import type { CenterEvidence, EvidenceItem, ProjectEvidence } from './tie-evidence.schema.ts';

/** What readers see of tie evidence: a centre's ties with their evidence, and a project's linking view. */

/**
 * A centre's ties with interview evidence, as `actor` may see them: only ties of the centre's network they
 * may read; counts and corroboration over every project's still-consented evidence; the pieces themselves
 * (document, pseudonym, words) only from projects they are a member of, and the words only with the
 * informant's quotation consent.
 */
export async function centerEvidenceFor(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
): Promise<CenterEvidence> {
  const network = await centerNetworkFor(db, actor, pseudonymKey, centerId, undefined);
  const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
  const tieIds = network.ties.map((t) => t.id);
  const points = tieIds.length === 0 ? [] : await evidencePoints(db, tieIds);
  const items =
    tieIds.length === 0 ? [] : await evidenceItems(db, { tieIds, actor, quoteOnlyWithConsent: true });
  const ties = network.ties
    .map((tie) => {
      const own = points.filter((p) => p.interaction_id === tie.id);
      const corroboration = corroborationOf(
        own.map((p) => ({ stance: p.stance as Stance, perspective: p.perspective as Perspective })),
      );
      return {
        interactionId: tie.id,
        source: tie.source,
        target: tie.target,
        sourceLabel: labels.get(tie.source) ?? tie.source.slice(0, 8),
        targetLabel: labels.get(tie.target) ?? tie.target.slice(0, 8),
        type: tie.type,
        confidence: tie.confidence,
        corroboration,
        supports: own.filter((p) => p.stance === 'supports').length,
        contradicts: own.filter((p) => p.stance === 'contradicts').length,
        evidence: items.filter((i) => i.interactionId === tie.id),
      };
    })
    .filter((tie) => tie.corroboration !== 'none');
  const count = (c: Corroboration) => ties.filter((t) => t.corroboration === c).length;
  return {
    centerId,
    tiesWithEvidence: ties.length,
    bothSides: count('both_sides'),
    oneSide: count('one_side'),
    thirdParty: count('third_party'),
    contradicted: count('contradicted'),
    corroborationRate: corroborationRate(ties.map((t) => t.corroboration)),
    ties,
  };
}

/** Evidence rows as items; with `actor`, only from projects they are a member of. */
export async function evidenceItems(
  db: Db,
  options: { evidenceIds?: string[]; tieIds?: string[]; actor?: Actor; quoteOnlyWithConsent: boolean },
): Promise<EvidenceItem[]> {
  const rows = await listEvidenceRows(db, options);
  return rows.map((r) => ({
    id: r.id,
    interactionId: r.interaction_id,
    segmentId: r.segment_id,
    projectId: r.project_id,
    documentId: r.document_id,
    documentTitle: r.title,
    heldOn: r.held_on ? String(r.held_on).slice(0, 10) : null,
    stance: r.stance as Stance,
    perspective: r.perspective as Perspective,
    informantPseudonym: r.pseudonym ?? null,
    excerpt: !options.quoteOnlyWithConsent || r.quotable ? r.words : null,
  }));
}

/**
 * What a member needs to link evidence: the project's still-consented segments (words included: members
 * read the transcripts) with their codes and links, and each studied centre's firms and ties as the member
 * may see them.
 */
export async function projectEvidenceFor(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
): Promise<ProjectEvidence> {
  await assertProjectRole(db, actor, projectId, 'reader');
  if (!(await projectExists(db, projectId)))
    throw new AppError(
      'not_found',
      tr({ id: 'Proyek {id} tidak ditemukan.', en: 'Project {id} not found.' }, { id: projectId }),
    );
  const segments = await projectSegmentRows(db, projectId);
  const ids = segments.map((s) => s.id);
  const codes = ids.length === 0 ? [] : await segmentCodeNames(db, ids);
  const links = ids.length === 0 ? [] : await segmentEvidenceLinks(db, ids);
  const centerRows = await studiedCenterRows(db, projectId);
  const centers = [];
  for (const center of centerRows) {
    const network = await centerNetworkFor(db, actor, pseudonymKey, center.id, undefined);
    centers.push({
      id: center.id,
      name: center.name,
      firms: network.nodes
        .filter((n) => n.kind === 'enterprise')
        .map((n) => ({ id: n.id, label: n.label }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      ties: network.ties.map((t) => ({
        id: t.id,
        source: t.source,
        target: t.target,
        type: t.type,
        confidence: t.confidence,
      })),
    });
  }
  return {
    projectId,
    segments: segments.map((s) => ({
      id: s.id,
      documentId: s.document_id,
      documentTitle: s.title,
      startCp: s.start_cp,
      endCp: s.end_cp,
      text: s.words,
      informantPseudonym: s.pseudonym ?? null,
      codes: codes.filter((c) => c.segment_id === s.id).map((c) => c.name),
      evidence: links
        .filter((l) => l.segment_id === s.id)
        .map((l) => ({ id: l.id, interactionId: l.interaction_id, stance: l.stance as Stance })),
    })),
    centers,
  };
}
