import type { Actor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { interactionPolicy } from '../interactions/interactions.policy.ts';
import { createInteraction, getInteraction } from '../interactions/interactions.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { assertProjectRole, projectRoleOf, roleReaches } from './research.policy.ts';
import { EVIDENCE_MESSAGES as m } from './tie-evidence.messages.ts';
import {
  deleteEvidence,
  documentInformantIds,
  evidencePoints,
  findEvidence,
  findEvidenceSegment,
  informantEnterpriseId,
  insertEvidence,
  setTieConfidence,
  studiedCenterIds,
  tieConfidenceRows,
  tieEnds,
} from './tie-evidence.repo.ts';
import {
  type Confidence,
  type Corroboration,
  confidenceFrom,
  corroborationOf,
  type Perspective,
  perspectiveOf,
  type Stance,
} from './tie-evidence.rules.ts';
import type { EvidenceCreate, EvidenceItem } from './tie-evidence.schema.ts';
import { evidenceItems } from './tie-evidence-views.service.ts';

/**
 * Tie evidence (issue #21): a coded segment supports or contradicts a tie, or records the tie when none is;
 * every change recomputes the tie's confidence from its still-consented evidence (`tie-evidence.rules.ts`).
 * The tie's update bumps its centre's network version, which queues the centre's analysis refresh. What a
 * reader sees of the evidence is in `tie-evidence-views.service.ts`.
 */
export { centerEvidenceFor, projectEvidenceFor } from './tie-evidence-views.service.ts';

const segmentMissing = (id: string) => new AppError('not_found', tr(m.segmentMissing, { id }));

/** Links a segment to a tie (or records the tie), as a coder or lead of the segment's project. */
export async function linkEvidence(db: Db, actor: Actor, input: EvidenceCreate) {
  const segment = await findEvidenceSegment(db, input.segmentId);
  if (!segment) throw segmentMissing(input.segmentId);
  await assertProjectRole(db, actor, segment.project_id, 'coder');
  if (!segment.consented) throw segmentMissing(input.segmentId);
  const hasTie = input.interactionId != null;
  const hasNew = input.newTie != null;
  if (hasTie === hasNew)
    throw new AppError('unprocessable', tr(m.invalid), [{ path: 'interactionId', message: tr(m.oneTie) }]);

  const informantId = await speakingInformant(db, segment, input.informantId ?? null);
  const studied = new Set(await studiedCenterIds(db, segment.project_id));
  const userId = actor.kind === 'user' ? actor.userId : null;

  return inTransaction(db, async (trx) => {
    let interactionId: string;
    let tieCreated = false;
    if (input.newTie) {
      const fresh = input.newTie;
      if (!studied.has(fresh.centerId))
        throw new AppError('unprocessable', tr(m.invalid), [
          { path: 'newTie.centerId', message: tr(m.centerNotStudied) },
        ]);
      const date = segment.held_on ? ` (${String(segment.held_on).slice(0, 10)})` : '';
      const tie = await createInteraction(trx, {
        centerId: fresh.centerId,
        fromEnterpriseId: fresh.fromEnterpriseId,
        toEnterpriseId: fresh.toEnterpriseId,
        type: fresh.type,
        startDate: fresh.startDate,
        formality: 'oral',
        reportedBy: 'researcher',
        confidence: 'reported',
        evidenceNotes: tr(m.tieNotes, { title: segment.title, date }),
      });
      interactionId = tie.id;
      tieCreated = true;
    } else {
      interactionId = input.interactionId as string;
      const tie = await getInteraction(trx, interactionId, { scope: interactionPolicy.readScope(actor) });
      if (!tie.centerId || !studied.has(tie.centerId))
        throw new AppError('unprocessable', tr(m.invalid), [
          { path: 'interactionId', message: tr(m.centerNotStudied) },
        ]);
    }
    const ends = await tieEnds(trx, interactionId);
    const informantFirm = informantId ? await informantEnterpriseId(trx, informantId) : null;
    const perspective = perspectiveOf(informantFirm, {
      fromEnterpriseId: ends.from_enterprise_id,
      toEnterpriseId: ends.to_enterprise_id,
    });
    const id = await insertEvidence(trx, {
      segmentId: segment.id,
      interactionId,
      stance: input.stance,
      perspective,
      informantId,
      createdBy: userId,
    });
    if (!id)
      throw new AppError('conflict', tr(m.duplicate), [{ path: 'interactionId', message: tr(m.duplicate) }]);
    const [after] = await recomputeTieConfidence(trx, [interactionId]);
    const [evidence] = await evidenceItems(trx, { evidenceIds: [id], quoteOnlyWithConsent: false });
    return {
      evidence: evidence as EvidenceItem,
      tieCreated,
      corroboration: after?.corroboration ?? 'none',
      confidence: after?.confidence ?? 'reported',
    };
  });
}

/** Unlinks evidence: its author (a coder still) or the project's lead. */
export async function unlinkEvidence(db: Db, actor: Actor, id: string): Promise<void> {
  const missing = new AppError('not_found', tr(m.evidenceMissing, { id }));
  if (!isUuid(id)) throw missing;
  const row = await findEvidence(db, id);
  if (!row) throw missing;
  await assertProjectRole(db, actor, row.project_id, 'coder');
  const role = await projectRoleOf(db, actor, row.project_id);
  const own = actor.kind === 'user' && row.created_by === actor.userId;
  if (!own && !roleReaches(role, 'lead')) throw new AppError('forbidden', tr(m.notOwn));
  await inTransaction(db, async (trx) => {
    await deleteEvidence(trx, id);
    await recomputeTieConfidence(trx, [row.interaction_id]);
  });
}

/**
 * Sets each tie's confidence from its still-consented evidence (a withdrawn informant's excerpts count no
 * more); a tie whose confidence changes gets a new version, which refreshes its centre's analysis.
 */
export async function recomputeTieConfidence(
  db: Db,
  interactionIds: readonly string[],
): Promise<{ interactionId: string; corroboration: Corroboration; confidence: Confidence }[]> {
  if (interactionIds.length === 0) return [];
  const ties = await tieConfidenceRows(db, interactionIds);
  const points = await evidencePoints(db, interactionIds);
  const results = [];
  for (const tie of ties) {
    const own = points
      .filter((p) => p.interaction_id === tie.id)
      .map((p) => ({ stance: p.stance as Stance, perspective: p.perspective as Perspective }));
    const corroboration = corroborationOf(own);
    const confidence = confidenceFrom(corroboration, {
      reportedBy: tie.reported_by,
      confidence: tie.confidence as Confidence,
    });
    if (confidence !== tie.confidence) await setTieConfidence(db, tie.id, confidence);
    results.push({ interactionId: tie.id, corroboration, confidence });
  }
  return results;
}

/** The informant speaking in a segment: the one asked for (of the document), the segment's, or the document's only one. */
async function speakingInformant(
  db: Db,
  segment: { document_id: string; informant_id: string | null },
  asked: string | null,
): Promise<string | null> {
  const ids = await documentInformantIds(db, segment.document_id);
  if (asked !== null) {
    if (!ids.includes(asked) && asked !== segment.informant_id)
      throw new AppError('unprocessable', tr(m.invalid), [
        { path: 'informantId', message: tr(m.informantNotOfDocument) },
      ]);
    return asked;
  }
  if (segment.informant_id) return segment.informant_id;
  return ids.length === 1 ? (ids[0] as string) : null;
}
