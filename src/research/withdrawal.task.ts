import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { defineTask } from '../jobs/define.ts';
import { documentIdsLeftByAll, eraseDocumentTexts } from './documents.repo.ts';
import { findInformantWithdrawal } from './informants.repo.ts';
import { insertResearchEvent } from './projects.repo.ts';
import { afterInformantWithdrawn } from './withdrawal-hooks.ts';

/**
 * Carries out an informant's withdrawal from the study (added by `withdrawFromStudy`): erases the text and
 * attachments of every document whose informants have all withdrawn (a document with another informant
 * still in the study keeps its text; their excerpts are hidden by `segmentStillConsented`), runs the other
 * features' hook, and writes one `research_events` row listing what was removed. Idempotent: a second run
 * finds nothing more to erase.
 */
export async function carryOutWithdrawal(
  db: Db,
  informantId: string,
  requestedBy: string | null,
): Promise<{ erasedDocumentIds: string[]; erasedAttachmentIds: string[] } | null> {
  const informant = await findInformantWithdrawal(db, informantId);
  if (!informant?.withdrawn_on) return null;
  const erasedDocumentIds = await documentIdsLeftByAll(db, informantId);
  const erasedAttachmentIds = await eraseDocumentTexts(db, erasedDocumentIds);
  const hook = await afterInformantWithdrawn(db, informantId);
  await insertResearchEvent(db, informant.project_id, requestedBy, 'informant_withdrawn', {
    informantId,
    pseudonym: informant.pseudonym,
    withdrawnOn: informant.withdrawn_on,
    erasedDocumentIds,
    erasedAttachmentIds,
    ...hook,
  });
  return { erasedDocumentIds, erasedAttachmentIds };
}

/** The job added by a withdrawal from the study. */
export const researchWithdrawalTask = defineTask(
  'research.withdrawal',
  z.object({ informantId: z.uuid(), requestedBy: z.uuid().nullable() }),
  async ({ informantId, requestedBy }, { db }) => {
    await carryOutWithdrawal(db, informantId, requestedBy);
  },
);
