/**
 * What matching needs to know of a firm's capability, as plain data and pure functions (no database, no
 * clock: the day is passed in). `loadCapabilityFacts` (capability-facts.repo.ts) builds these from the
 * stored profiles; matching (issue #18 point 3) and the profile screens read the same rules from here, so
 * "valid certification" and "stale" mean one thing everywhere.
 */
import {
  type CertificationKind,
  type CertificationStatus,
  STALE_AFTER_DAYS,
} from './capabilities.constants.ts';

/** One enterprise's capability, as of a day. */
export interface CapabilityFacts {
  enterpriseId: string;
  /** Process code (`footwear.lasting`) → level 1–3; archived processes included (the firm still has the skill). */
  processLevels: Record<string, number>;
  /** Certification kinds valid on the day (expired and not-yet-valid ones left out), each once. */
  validCertifications: CertificationKind[];
  /** Monthly capacity at full work, in `capacityUnit`; null when not stated. */
  monthlyCapacity: number | null;
  capacityUnit: string | null;
  /** Share of the monthly capacity free, 0–100; null when not stated. */
  spareCapacityPct: number | null;
  /** The day the spare capacity was last confirmed (YYYY-MM-DD), null if never. */
  spareConfirmedOn: string | null;
  /** Unconfirmed for more than 60 days on the day, or never confirmed. */
  stale: boolean;
  /** Days since the last confirmation on the day; null if never confirmed. */
  daysSinceConfirmed: number | null;
  leadTimeDays: number | null;
  /** The smallest order taken, in `capacityUnit`. */
  minOrderQty: number | null;
  acceptsToll: boolean;
  acceptsSubcontract: boolean;
  acceptsClientMaterials: boolean;
}

/** The stored fields facts are built from (a profile row, its processes and certifications). */
export interface CapabilityFactsInput {
  enterpriseId: string;
  processes: readonly { processCode: string; level: number }[];
  certifications: readonly { kind: CertificationKind; validFrom: string | null; validUntil: string | null }[];
  monthlyCapacity: number | null;
  capacityUnit: string | null;
  spareCapacityPct: number | null;
  spareConfirmedOn: string | null;
  leadTimeDays: number | null;
  minOrderQty: number | null;
  acceptsToll: boolean;
  acceptsSubcontract: boolean;
  acceptsClientMaterials: boolean;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Days since 1970-01-01 of the day `day` (YYYY-MM-DD), by the civil-calendar arithmetic (a day past the
 * month's end rolls over, as Date.parse does) without building a string: ranking reads thousands of days.
 * Anything not shaped YYYY-MM-DD (years from 0100) goes through Date.parse (NaN when it is not a date).
 */
export function dayNumber(day: string): number {
  const y = digits(day, 0, 4);
  const m = digits(day, 5, 2);
  const d = digits(day, 8, 2);
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return parsedDay(day);
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > 31) return parsedDay(day);
  // Years counted from March, so that February's length does not matter (H. Hinnant, days_from_civil).
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written by `length` digits of `text` from `from`; -1 when one is not a digit. */
function digits(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const parsedDay = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** Where a certification stands on `asOf`: both ends of its validity are days it is valid. */
export function certificationStatus(
  cert: { validFrom: string | null; validUntil: string | null },
  asOf: string,
): CertificationStatus {
  if (cert.validFrom !== null && cert.validFrom > asOf) return 'not_yet_valid';
  if (cert.validUntil !== null && cert.validUntil < asOf) return 'expired';
  return 'valid';
}

/**
 * True when spare capacity confirmed on `confirmedOn` is stale on `asOf`: never confirmed, or more than
 * `afterDays` days ago (60 by default; matching passes a centre's own limit).
 */
export function isStale(confirmedOn: string | null, asOf: string, afterDays = STALE_AFTER_DAYS): boolean {
  return confirmedOn === null || daysBetween(confirmedOn, asOf) > afterDays;
}

/** The facts of one profile as of `asOf`. */
export function capabilityFacts(input: CapabilityFactsInput, asOf: string): CapabilityFacts {
  const valid = new Set<CertificationKind>();
  for (const cert of input.certifications) {
    if (certificationStatus(cert, asOf) === 'valid') valid.add(cert.kind);
  }
  return {
    enterpriseId: input.enterpriseId,
    processLevels: Object.fromEntries(input.processes.map((p) => [p.processCode, p.level])),
    validCertifications: [...valid].sort(),
    monthlyCapacity: input.monthlyCapacity,
    capacityUnit: input.capacityUnit,
    spareCapacityPct: input.spareCapacityPct,
    spareConfirmedOn: input.spareConfirmedOn,
    stale: isStale(input.spareConfirmedOn, asOf),
    daysSinceConfirmed: input.spareConfirmedOn === null ? null : daysBetween(input.spareConfirmedOn, asOf),
    leadTimeDays: input.leadTimeDays,
    minOrderQty: input.minOrderQty,
    acceptsToll: input.acceptsToll,
    acceptsSubcontract: input.acceptsSubcontract,
    acceptsClientMaterials: input.acceptsClientMaterials,
  };
}
