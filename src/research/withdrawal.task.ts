import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { defineTask } from '../jobs/define.ts';
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
  const informant = await db
    .selectFrom('research_informants')
    .select(['project_id', 'withdrawn_on', 'pseudonym'])
    .where('id', '=', informantId)
    .executeTakeFirst();
  if (!informant?.withdrawn_on) return null;
  const documents = await db
    .selectFrom('research_document_informants as di')
    .innerJoin('research_document_texts as t', 't.document_id', 'di.document_id')
    .select('di.document_id')
    .where('di.informant_id', '=', informantId)
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM research_document_informants o
        JOIN research_informants i ON i.id = o.informant_id
        WHERE o.document_id = di.document_id AND i.withdrawn_on IS NULL)`,
    )
    .execute();
  const erasedDocumentIds = documents.map((d) => d.document_id);
  let erasedAttachmentIds: string[] = [];
  if (erasedDocumentIds.length > 0) {
    await db.deleteFrom('research_document_texts').where('document_id', 'in', erasedDocumentIds).execute();
    const attachments = await db
      .selectFrom('research_attachments')
      .select('id')
      .where('document_id', 'in', erasedDocumentIds)
      .execute();
    erasedAttachmentIds = attachments.map((a) => a.id);
    if (erasedAttachmentIds.length > 0)
      await db
        .deleteFrom('research_attachment_bytes')
        .where('attachment_id', 'in', erasedAttachmentIds)
        .execute();
  }
  const hook = await afterInformantWithdrawn(db, informantId);
  await db
    .insertInto('research_events')
    .values({
      project_id: informant.project_id,
      user_id: requestedBy,
      kind: 'informant_withdrawn',
      payload: JSON.stringify({
        informantId,
        pseudonym: informant.pseudonym,
        withdrawnOn: informant.withdrawn_on,
        erasedDocumentIds,
        erasedAttachmentIds,
        ...hook,
      }),
    })
    .execute();
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
