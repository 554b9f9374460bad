import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { CASE_STATUS_LABELS, type CaseStatus } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import { canMoveCase } from './cases.rules.ts';

/** The cases domain's refusals, worded once. */
export const caseErrors = {
  notFound: (id: string) => new AppError('not_found', tr(m.notFound, { id })),
  versionConflict: (expected: number, actual: number) =>
    new AppError('version_conflict', tr(m.versionConflict, { expected, actual })),
  invalid: (details: ErrorDetail[]) =>
    new AppError('unprocessable', details[0]?.message ?? tr(m.invalid), details),
  /** 409 naming both states in words, when the flow of DOMAIN.md §6.4 has no such move. */
  statusMove: (from: CaseStatus, to: CaseStatus) => {
    const message = tr(m.statusMove, { from: tr(CASE_STATUS_LABELS[from]), to: tr(CASE_STATUS_LABELS[to]) });
    return new AppError('conflict', message, [{ path: 'status', message }]);
  },
  /** 409 for an addition to a closed or cancelled case, naming its state. */
  notOpen: (status: CaseStatus) => {
    const message = tr(m.notOpen, { status: tr(CASE_STATUS_LABELS[status]) });
    return new AppError('conflict', message, [{ path: 'status', message }]);
  },
};

/** Throws the 409 unless the case may move from `from` to `to`. */
export function assertMove(from: CaseStatus, to: CaseStatus): void {
  if (!canMoveCase(from, to)) throw caseErrors.statusMove(from, to);
}

/** Throws a 422 carrying every problem, when there is any. */
export function assertNoProblems(details: ErrorDetail[]): void {
  if (details.length > 0) throw caseErrors.invalid(details);
}
