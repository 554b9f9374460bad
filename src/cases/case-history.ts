import { currentActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { toIso } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import { insertMove, moveRows } from './case-moves.repo.ts';
import type { CaseStatus } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import type { CaseLens } from './cases.policy.ts';
import type { Case } from './cases.schema.ts';

/**
 * Records a status move of case `caseId` by the current actor, in the caller's transaction. The report
 * itself (`from` null) stores no mover: the reporter's identity never reaches the case's readers, and an
 * anonymous report has none to store.
 */
export async function recordMove(
  db: Db,
  caseId: string,
  from: CaseStatus | null,
  to: CaseStatus,
  note: string | null = null,
): Promise<void> {
  const actor = currentActor();
  const byUser = from !== null && actor.kind === 'user';
  await insertMove(db, {
    case_id: caseId,
    from_status: from,
    to_status: to,
    moved_by: byUser ? actor.userId : null,
    moved_by_role: byUser ? actor.role : null,
    note,
  });
}

/**
 * The case's status history as its reader sees it: who moved it (name and role) is shown to readers who
 * see the case in full; a pseudonymised reader gets the steps and dates only, notes withheld.
 */
export async function caseHistory(db: Db, caseId: string, lens: CaseLens): Promise<Case['history']> {
  const rows = await moveRows(db, caseId);
  return rows.map((r) => ({
    fromStatus: r.from_status as CaseStatus | null,
    toStatus: r.to_status as CaseStatus,
    movedAt: toIso(r.moved_at),
    byRole: lens ? null : r.moved_by_role,
    byName: lens ? null : r.display_name,
    moveNote: r.note === null ? null : lens ? tr(m.hidden) : r.note,
  }));
}
