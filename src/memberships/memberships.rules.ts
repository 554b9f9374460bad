import type { ErrorDetail } from '../shared/errors.ts';
import { t, tr } from '../shared/i18n.ts';
import { formatPeriod } from './periods.ts';

/** Who an enterprise can be a member of. */
export type MembershipKind = 'center' | 'institution';

const OWNER_NOUN = {
  center: { id: 'sentra', en: 'centre' },
  institution: { id: 'lembaga', en: 'institution' },
} as const;

/** The end of a period may not come before its start (both days count, so one-day periods are fine). */
export function periodProblems(validFrom: string, validTo: string | null): ErrorDetail[] {
  return validTo !== null && validTo < validFrom ? [{ path: 'validTo', message: t('date_order') }] : [];
}

/**
 * An enterprise cannot be a member of the same centre or institution twice on the same day; the message
 * names the period already on record so the officer can end or correct it.
 */
export function overlapProblem(
  kind: MembershipKind,
  existing: { id: string; validFrom: string; validTo: string | null },
): ErrorDetail {
  const message = tr(
    {
      id: 'IKM ini sudah tercatat sebagai anggota {owner} ini pada periode {period} (keanggotaan {membershipId}); periode keanggotaan tidak boleh tumpang tindih.',
      en: 'This enterprise is already recorded as a member of this {owner} for {period} (membership {membershipId}); membership periods cannot overlap.',
    },
    {
      owner: tr(OWNER_NOUN[kind]),
      period: formatPeriod(existing.validFrom, existing.validTo),
      membershipId: existing.id,
    },
  );
  return { path: 'validFrom', message };
}
