import type { Db } from '../db/database.ts';
import { deleteAttachmentsOfInformant } from './attachments.repo.ts';
import { segmentStillConsented } from './excerpts.ts';
import { recomputeTieConfidence } from './tie-evidence.service.ts';

/**
 * Called by the withdrawal from the study (`research.withdrawal`), in its transaction, once the informant's
 * `withdrawn_on` is set. Unlinks the tie evidence that rested on them — pieces they spoke, and pieces of
 * segments the withdrawal hides (a document's unattributed segments) — and recomputes the confidence of
 * the ties concerned; a tie whose confidence changes gets a new version, which bumps its centre's network
 * version and so queues the centre's `analysis.refresh`. Deletes the audio attachments of every interview
 * the informant took part in: a recording holds their voice and cannot be cut to the others' words (the
 * text can, by hiding their excerpts). Returns what was removed, for the withdrawal's event log.
 */
export async function afterInformantWithdrawn(
  trx: Db,
  informantId: string,
): Promise<{ evidenceIds: string[]; interactionIds: string[]; deletedAttachmentIds: string[] }> {
  const deletedAttachmentIds = await deleteAttachmentsOfInformant(trx, informantId);
  const gone = await trx
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .select(['e.id', 'e.interaction_id'])
    .where((eb) => eb.or([eb('e.informant_id', '=', informantId), eb.not(segmentStillConsented('s'))]))
    .execute();
  if (gone.length === 0) return { evidenceIds: [], interactionIds: [], deletedAttachmentIds };
  const evidenceIds = gone.map((g) => g.id);
  const interactionIds = [...new Set(gone.map((g) => g.interaction_id))];
  await trx.deleteFrom('research_tie_evidence').where('id', 'in', evidenceIds).execute();
  await recomputeTieConfidence(trx, interactionIds);
  return { evidenceIds, interactionIds, deletedAttachmentIds };
}
