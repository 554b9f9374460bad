import { z } from 'zod';
import { DateSchema, IsoDateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { multiLine, singleLine } from '../shared/text.ts';

/** Body of `POST /api/facilities/:id/bookings`: whole days, first to last inclusive. */
export const BookingCreateSchema = z
  .object({
    /** The member firm booking. */
    enterpriseId: z.uuid(),
    /** First day booked. */
    startsOn: DateSchema,
    /** Last day booked (the same day for one day). */
    endsOn: DateSchema,
    /** What the firm will do (a firing of 200 pots). */
    purpose: singleLine().trim().max(300).nullish(),
  })
  .strict();
export type BookingCreate = z.infer<typeof BookingCreateSchema>;

/** Body of `POST /api/facilities/:id/bookings/:bookingId/usage`: whether the booking was used. */
export const BookingUsageSchema = z
  .object({
    /** True when the firm used the facility as booked, false when it did not come. */
    used: z.boolean(),
  })
  .strict();
export type BookingUsage = z.infer<typeof BookingUsageSchema>;

/** Body of `POST /api/facilities/:id/usage`: a day used without a booking. */
export const WalkInCreateSchema = z
  .object({
    /** The day it was used. */
    usedOn: DateSchema,
    /** The firm that used it, when known. */
    enterpriseId: z.uuid().nullish(),
    /** What was done. */
    note: multiLine().max(1000).nullish(),
  })
  .strict();
export type WalkInCreate = z.infer<typeof WalkInCreateSchema>;

/** Query of `GET /api/facilities/:id/bookings`: the calendar month, by default this one. */
export const CalendarQuerySchema = z
  .object({
    /** Any day of the month shown (its first day, usually). */
    month: DateSchema.optional(),
  })
  .strict();
export type CalendarQuery = z.infer<typeof CalendarQuerySchema>;

/** A booking on the calendar. Another firm's purpose is hidden from enterprise users (null). */
export const BookingSchema = z.object({
  id: z.uuid(),
  facilityId: z.uuid(),
  enterpriseId: z.uuid(),
  /** The firm's name: a business name, not personal data, so members see who holds the days. */
  enterpriseName: z.string(),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema,
  purpose: z.string().nullable(),
  /** Null until recorded afterwards. */
  used: z.boolean().nullable(),
  cancelledAt: IsoDateTimeSchema.nullable(),
  /** True when the reader may cancel it. */
  mayCancel: z.boolean(),
});
export type Booking = z.infer<typeof BookingSchema>;

/** A walk-in use on the calendar. */
export const WalkInSchema = z.object({
  id: z.uuid(),
  usedOn: IsoDateSchema,
  enterpriseName: z.string().nullable(),
});

/** Answer of `GET /api/facilities/:id/bookings`: one month of one facility. */
export const CalendarSchema = z.object({
  facilityId: z.uuid(),
  /** The first day of the month shown. */
  month: IsoDateSchema,
  /** The month's days on which the facility opens. */
  openDays: z.array(IsoDateSchema),
  /** Live bookings touching the month, by first day. */
  bookings: z.array(BookingSchema),
  walkIns: z.array(WalkInSchema),
  /** The reader's firms that are members of the centre (what the booking form offers). */
  bookableFirms: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type Calendar = z.infer<typeof CalendarSchema>;
