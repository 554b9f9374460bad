import { z } from 'zod';
import { DateSchema, IsoDateSchema } from '../shared/dates.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { FACILITY_KINDS, FACILITY_STATUSES } from './facilities.constants.ts';

const Weekday = z.number().int().min(1).max(7);

/** The editable facts of a facility, shared by create and update. */
const facilityFields = {
  /** What it is: UPT, kiln, waste-water plant (IPAL), showroom, machine pool or other. */
  facilityKind: z.enum(FACILITY_KINDS),
  /** Its name as the centre calls it ("Tungku bersama Anjun"). */
  name: singleLine().trim().min(1).max(200),
  /** The institution managing it; one serving the same centre. Empty: the centre manager. */
  institutionId: z.uuid().nullish(),
  /** How much it takes at once (3 for "3 tungku", 20 for "20 m3/hari"). */
  capacity: z.number().positive().max(1e9).nullish(),
  /** The unit of the capacity ("tungku", "m3/hari"). */
  capacityUnit: singleLine().trim().max(40).nullish(),
  /** ISO weekdays it opens: 1 Monday … 7 Sunday. */
  openWeekdays: z.array(Weekday).min(1).max(7),
  /** Days it is closed although a weekday it opens (holidays, maintenance). */
  closedDates: z.array(DateSchema).max(366),
  /** Who paid for it: a programme (DAK 2019), a ministry, the cooperative. */
  fundedBy: singleLine().trim().max(200).nullish(),
  /** The year it was built. */
  builtYear: z.number().int().min(1900).max(2100).nullish(),
  /** Anything a member should know before booking. */
  notes: multiLine().max(5000).nullish(),
};

/** Body of `POST /api/centers/:id/facilities`. */
export const FacilityCreateSchema = z
  .object({
    ...facilityFields,
    openWeekdays: facilityFields.openWeekdays.default([1, 2, 3, 4, 5]),
    closedDates: facilityFields.closedDates.default([]),
  })
  .strict();
export type FacilityCreate = z.infer<typeof FacilityCreateSchema>;

/** Body of `PATCH /api/facilities/:id`: the fields to change, with the version read. */
export const FacilityUpdateSchema = z
  .object({
    ...z.object(facilityFields).partial().shape,
    /** Active (bookable) or archived. */
    status: z.enum(FACILITY_STATUSES).optional(),
    /** The version the change was made on; a newer one is a 409. */
    version: z.number().int().min(1),
  })
  .strict();
export type FacilityUpdate = z.infer<typeof FacilityUpdateSchema>;

/** Used ÷ open days of one facility over a period. */
export const UtilisationSchema = z.object({
  /** First day of the period. */
  from: IsoDateSchema,
  /** Last day of the period. */
  to: IsoDateSchema,
  /** Days it was open in the period. */
  availableDays: z.number().int(),
  /** Open days on which it was used (a used booking or a walk-in). */
  usedDays: z.number().int(),
  /** usedDays ÷ availableDays; null when it was never open. */
  utilisation: z.number().nullable(),
  /** True when utilisation is below the idle threshold. */
  idle: z.boolean(),
});
export type Utilisation = z.infer<typeof UtilisationSchema>;

/** A facility as the API shows it, with its utilisation over the last 90 days. */
export const FacilitySchema = z.object({
  id: z.uuid(),
  centerId: z.uuid(),
  kind: z.enum(FACILITY_KINDS),
  name: z.string(),
  institutionId: z.uuid().nullable(),
  institutionName: z.string().nullable(),
  capacity: z.number().nullable(),
  capacityUnit: z.string().nullable(),
  openWeekdays: z.array(z.number().int()),
  closedDates: z.array(IsoDateSchema),
  fundedBy: z.string().nullable(),
  builtYear: z.number().int().nullable(),
  status: z.enum(FACILITY_STATUSES),
  notes: z.string().nullable(),
  version: z.number().int(),
  utilisation: UtilisationSchema,
});
export type Facility = z.infer<typeof FacilitySchema>;

/** Query of `GET /api/centers/:id/facilities`. */
export const FacilityListQuerySchema = z
  .object({
    /** Show archived facilities too. */
    includeArchived: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  })
  .strict();
export type FacilityListQuery = z.infer<typeof FacilityListQuerySchema>;

/** Answer of `GET /api/centers/:id/facilities`. */
export const FacilityListSchema = z.object({ items: z.array(FacilitySchema) });

/** Query of `GET /api/centers/:id/facility-utilisation`: the period, by default the last 90 days. */
export const UtilisationQuerySchema = z
  .object({
    /** First day of the period. */
    from: DateSchema.optional(),
    /** Last day of the period. */
    to: DateSchema.optional(),
  })
  .strict();
export type UtilisationQuery = z.infer<typeof UtilisationQuerySchema>;

/** Answer of `GET /api/centers/:id/facility-utilisation`. */
export const CenterUtilisationSchema = z.object({
  centerId: z.uuid(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  /** Below this share of open days a facility is idle. */
  idleThreshold: z.number(),
  facilities: z.array(
    UtilisationSchema.extend({
      facilityId: z.uuid(),
      name: z.string(),
      kind: z.enum(FACILITY_KINDS),
    }),
  ),
});
export type CenterUtilisation = z.infer<typeof CenterUtilisationSchema>;
