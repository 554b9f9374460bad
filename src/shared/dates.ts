import { z } from 'zod';

/** The first and last day an input date may name (PostgreSQL refuses year 0; no record predates 1900). */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

const inRange = (day: string) => day >= DATE_RANGE.min && day <= DATE_RANGE.max;

/** A date the client sends, as `YYYY-MM-DD`, a real calendar day from 1900-01-01 to 2100-12-31. */
export const DateSchema = z.iso.date().refine(inRange, { params: { expected: 'dateRange' } });

/**
 * A moment or a day the client sends: `YYYY-MM-DD` or an ISO date-time with an offset
 * (`2024-05-01T08:00:00+07:00`), its day within the same range as `DateSchema`.
 */
export const DateTimeSchema = z
  .string()
  .refine(
    (value) =>
      z.iso.date().safeParse(value).success || z.iso.datetime({ offset: true }).safeParse(value).success,
    { params: { expected: 'dateTime' }, abort: true },
  )
  .refine((value) => inRange(value.slice(0, 10)), { params: { expected: 'dateRange' } });

/**
 * A moment the client sends: an ISO date-time with its offset (`2024-05-01T08:00:00+07:00`), its day from
 * 1900-01-01 to 2100-12-31 (a phone's clock set to year 0 once reached PostgreSQL, which refuses it).
 */
export const MomentSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => inRange(value.slice(0, 10)), { params: { expected: 'dateRange' } });

/** A date in a response: `YYYY-MM-DD`, whatever the stored day (stored data is not re-validated). */
export const IsoDateSchema = z.iso.date();

/**
 * A moment in a response: an ISO date-time as `Date.toISOString()` writes it (`2024-05-01T01:00:00.000Z`).
 * Output schemas describe what travels, so the web's types match the JSON it receives.
 */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** Writes a database timestamp as the ISO string `IsoDateTimeSchema` describes. */
export const toIso = (moment: Date): string => moment.toISOString();

/** `toIso` for a nullable timestamp. */
export const toIsoOrNull = (moment: Date | null): string | null =>
  moment === null ? null : moment.toISOString();
