import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { PRICE_MESSAGES as m } from './price-agreements.messages.ts';

/** The price agreements domain's refusals, worded once. */
export const priceErrors = {
  notFound: (id: string) => new AppError('not_found', tr(m.notFound, { id })),
};

/** Throws a 422 carrying every problem, the first as the message, when there is any. */
export function assertNoProblems(details: ErrorDetail[]): void {
  if (details.length > 0) throw new AppError('unprocessable', details[0]?.message ?? tr(m.invalid), details);
}
