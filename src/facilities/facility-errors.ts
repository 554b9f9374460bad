import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { FACILITY_MESSAGES as m } from './facilities.messages.ts';

/** The shared facilities domain's refusals, worded once. */
export const facilityErrors = {
  notFound: (id: string) => new AppError('not_found', tr(m.notFound, { id })),
  bookingNotFound: (id: string) => new AppError('not_found', tr(m.bookingNotFound, { id })),
  centerMissing: (id: string) => new AppError('not_found', tr(m.centerMissing, { id })),
  /** 409 naming the facility, the firm holding the days and the days it holds. */
  overlap: (facility: string, clash: { firm: string; from: string; to: string }) => {
    const message = tr(m.overlap, { facility, ...clash });
    return new AppError('conflict', message, [{ path: 'startsOn', message }]);
  },
};

/** Throws a 422 carrying every problem, the first as the message, when there is any. */
export function assertNoProblems(details: ErrorDetail[]): void {
  if (details.length > 0) throw new AppError('unprocessable', details[0]?.message ?? tr(m.invalid), details);
}
