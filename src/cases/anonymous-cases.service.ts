import { type Db, inTransaction } from '../db/database.ts';
import { toIso } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { assertNoProblems } from './case-errors.ts';
import { recordMove } from './case-history.ts';
import { insertNote, reporterNoteCount } from './case-items.repo.ts';
import { CASE_STATUS_LABELS, type CaseStatus } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import { type CaseRow, findCaseByCodeHash, insertCase, recordCaseRead } from './cases.repo.ts';
import type { AnonymousCase, AnonymousReceipt, FollowUpNote, PublicCaseStatus } from './cases.schema.ts';
import { announce, intakeProblems } from './cases.service.ts';
import { hashFollowUpCode, newFollowUpCode } from './follow-up-code.ts';

/**
 * Records a report from someone without an account. Nothing identifies the reporter: no user, no address
 * (the rate limiter's counters are in memory only), just the hash of the follow-up code returned once.
 */
export async function reportAnonymously(db: Db, input: AnonymousCase): Promise<AnonymousReceipt> {
  const followUpCode = newFollowUpCode();
  await inTransaction(db, async (trx) => {
    assertNoProblems(await intakeProblems(trx, input.centerId, []));
    const caseId = await insertCase(trx, {
      center_id: input.centerId,
      type: input.caseType,
      severity: input.severity,
      reporter_role: 'anonymous',
      reported_by: null,
      follow_up_hash: hashFollowUpCode(followUpCode),
      title: input.title,
      description: input.description,
    });
    await recordMove(trx, caseId, null, 'reported');
    await announce(trx, caseId);
  });
  return { ...(await publicStatus(db, await byCode(db, followUpCode))), followUpCode };
}

/** The public status of the case behind a follow-up code (404 for an unknown code); the read is audited. */
export async function followUp(db: Db, code: string): Promise<PublicCaseStatus> {
  const row = await byCode(db, code);
  await recordCaseRead(db, row.id, { followUp: true });
  return publicStatus(db, row);
}

/** Adds the reporter's further information to the case behind the code. */
export async function addFollowUpNote(db: Db, input: FollowUpNote): Promise<PublicCaseStatus> {
  const row = await byCode(db, input.followUpCode);
  await insertNote(db, { case_id: row.id, from_reporter: true, text: input.noteText });
  return publicStatus(db, row);
}

async function byCode(db: Db, code: string): Promise<CaseRow> {
  const row = await findCaseByCodeHash(db, hashFollowUpCode(code));
  if (!row) {
    const message = tr(m.codeUnknown);
    throw new AppError('not_found', message, [{ path: 'followUpCode', message }]);
  }
  return row;
}

async function publicStatus(db: Db, row: CaseRow): Promise<PublicCaseStatus> {
  const status = row.status as CaseStatus;
  return {
    caseType: row.type as PublicCaseStatus['caseType'],
    status,
    statusLabel: CASE_STATUS_LABELS[status],
    reportedAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    notesAdded: await reporterNoteCount(db, row.id),
  };
}
