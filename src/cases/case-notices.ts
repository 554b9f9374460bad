import type { Db } from '../db/database.ts';
import { notify } from '../notifications/notify.ts';
import { cancelReminders, remind } from '../notifications/reminders.ts';
import { caseAudienceUserIds } from './case-parties.repo.ts';
import { CASE_STATUS_LABELS, type CaseStatus } from './cases.constants.ts';

const ref = (id: string) => ({ type: 'conflict_case' as const, id });

/** Tells the case's handlers (those who may read it) that it was reported. */
export async function announceCase(
  db: Db,
  c: { id: string; title: string; centerName: string },
): Promise<void> {
  const users = await caseAudienceUserIds(db, c.id);
  await notify(db, users, 'conflict_case', ref(c.id), 'case.reported', {
    title: c.title,
    center: c.centerName,
  });
}

/** Tells the case's audience of a status move; a case that ends cancels its pending commitment reminders. */
export async function tellMove(db: Db, c: { id: string; title: string }, to: CaseStatus): Promise<void> {
  if (to === 'closed' || to === 'cancelled') await cancelReminders(db, ref(c.id), 'conflict_case');
  const label = CASE_STATUS_LABELS[to];
  await notify(db, await caseAudienceUserIds(db, c.id), 'conflict_case', ref(c.id), 'case.moved', {
    title: c.title,
    statusId: label.id,
    statusEn: label.en,
  });
}

/**
 * One reminder per commitment, at 08:00 WIB on its due day, to the case's audience. Each carries its
 * commitment's id, so that marking one commitment cancels that reminder alone.
 */
export async function remindCommitments(
  db: Db,
  c: { id: string; title: string },
  commitments: readonly { id: string; who: string; what: string; dueOn: string }[],
): Promise<void> {
  const users = await caseAudienceUserIds(db, c.id);
  for (const commitment of commitments) {
    const at = new Date(`${commitment.dueOn}T01:00:00Z`);
    await remind(db, users, at, 'conflict_case', ref(c.id), 'case.commitment_due', {
      title: c.title,
      dueOn: commitment.dueOn,
      who: commitment.who,
      what: commitment.what,
      commitmentId: commitment.id,
    });
  }
}

/** Cancels the pending reminder of one commitment (it was marked kept or missed). */
export async function cancelCommitmentReminder(db: Db, caseId: string, commitmentId: string): Promise<void> {
  await cancelReminders(db, ref(caseId), 'conflict_case', { commitmentId });
}
