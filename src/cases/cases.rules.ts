import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { CaseStatus } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';

/**
 * The status flow of DOMAIN.md §6.4, and nothing else: reported → verifying → mediation_scheduled →
 * in_mediation → agreed | not_agreed → closed; referred from verifying or not_agreed (and closed once the
 * referral is done); any open case (not closed, not cancelled) can be cancelled.
 */
const MOVES: Record<CaseStatus, readonly CaseStatus[]> = {
  reported: ['verifying', 'cancelled'],
  verifying: ['mediation_scheduled', 'referred', 'cancelled'],
  mediation_scheduled: ['in_mediation', 'cancelled'],
  in_mediation: ['agreed', 'not_agreed', 'cancelled'],
  agreed: ['closed', 'cancelled'],
  not_agreed: ['closed', 'referred', 'cancelled'],
  referred: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

/** True when a case may move from `from` to `to`. */
export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return MOVES[from].includes(to);
}

/** The statuses a case may move to next (for the web's buttons and the CLI's help). */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return MOVES[from];
}

/** True while a case can still change: sessions, evidence, parties and notes go only to open cases. */
export function isOpen(status: CaseStatus): boolean {
  return status !== 'closed' && status !== 'cancelled';
}

/** Commitments due before the agreement date, each named at its field. */
export function commitmentDateProblems(
  agreedOn: string,
  commitments: readonly { dueOn: string }[],
): ErrorDetail[] {
  return commitments.flatMap((c, i) =>
    c.dueOn < agreedOn
      ? [{ path: `commitments.${i}.dueOn`, message: tr(m.dueBeforeAgreement, { due: c.dueOn, agreedOn }) }]
      : [],
  );
}
