import type { ErrorDetail } from '../shared/errors.ts';
import { t, tr } from '../shared/i18n.ts';
import type { ChallengeStatus } from './challenges.schema.ts';

/**
 * Allowed status moves: forward (`open → addressing → resolved`, and straight to resolved when the
 * officer only learns of it afterwards) and reopening a resolved challenge when it comes back. Going
 * back from `addressing` to `open` or from `resolved` to `addressing` is refused: a stalled effort is
 * still an effort, and a challenge that returns starts over as open.
 */
const MOVES: Record<ChallengeStatus, readonly ChallengeStatus[]> = {
  open: ['addressing', 'resolved'],
  addressing: ['resolved'],
  resolved: ['open'],
};

/** True when a challenge may move from `from` to `to` (staying put is always allowed). */
export function canMoveChallengeStatus(from: ChallengeStatus, to: ChallengeStatus): boolean {
  return from === to || MOVES[from].includes(to);
}

/** The dates of a challenge as they will be stored. */
export interface ChallengeDates {
  status: ChallengeStatus;
  observedOn: string;
  resolvedOn: string | null;
}

/** Problems with the resolution date: required when resolved, forbidden otherwise, never before observation. */
export function challengeDateProblems({ status, observedOn, resolvedOn }: ChallengeDates): ErrorDetail[] {
  if (status === 'resolved' && !resolvedOn) {
    return [
      {
        path: 'resolvedOn',
        message: tr({
          id: 'Tanggal selesai wajib diisi bila status tantangan "resolved".',
          en: 'resolvedOn is required when the challenge is resolved.',
        }),
      },
    ];
  }
  if (status !== 'resolved' && resolvedOn) {
    return [
      {
        path: 'resolvedOn',
        message: tr(
          {
            id: 'Tanggal selesai hanya diisi bila status tantangan "resolved" (sekarang "{status}").',
            en: 'resolvedOn is only allowed when the challenge is resolved (status is "{status}").',
          },
          { status },
        ),
      },
    ];
  }
  if (resolvedOn && resolvedOn < observedOn) {
    return [{ path: 'resolvedOn', message: t('date_order') }];
  }
  return [];
}
