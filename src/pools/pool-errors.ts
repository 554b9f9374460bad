import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { POOL_STATUS_LABELS, type PoolStatus } from './pools.constants.ts';
import { POOL_MESSAGES as m } from './pools.messages.ts';
import { canMovePool } from './pools.rules.ts';

/** The pools domain's refusals, worded once. */
export const poolErrors = {
  notFound: (id: string) => new AppError('not_found', tr(m.notFound, { id })),
  versionConflict: (expected: number, actual: number) =>
    new AppError('version_conflict', tr(m.versionConflict, { expected, actual })),
  invalid: (details: ErrorDetail[]) =>
    new AppError('unprocessable', details[0]?.message ?? tr(m.invalid), details),
  /** 409 for a change to a pool that is no longer open, naming its state. */
  notOpen: (status: PoolStatus) => {
    const message = tr(m.editNotOpen, { status: tr(POOL_STATUS_LABELS[status]) });
    return new AppError('conflict', message, [{ path: 'status', message }]);
  },
  /** 409 naming both states in words, when the pool is not where the move starts. */
  statusMove: (from: PoolStatus, to: PoolStatus) => {
    const message = tr(m.statusMove, { from: tr(POOL_STATUS_LABELS[from]), to: tr(POOL_STATUS_LABELS[to]) });
    return new AppError('conflict', message, [{ path: 'status', message }]);
  },
};

/** Throws the 409 unless the pool may move from `from` to `to`. */
export function assertMove(from: PoolStatus, to: PoolStatus): void {
  if (!canMovePool(from, to)) throw poolErrors.statusMove(from, to);
}

/** Throws a 422 carrying every problem, when there is any. */
export function assertNoProblems(details: ErrorDetail[]): void {
  if (details.length > 0) throw poolErrors.invalid(details);
}
