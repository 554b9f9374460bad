/** The kinds of shared facility a centre may have (IPAL is the waste-water plant). */
export const FACILITY_KINDS = [
  'upt',
  'kiln',
  'wastewater_plant',
  'showroom',
  'machine_pool',
  'other',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** A facility in use, or archived (kept with its history, no longer bookable). */
export const FACILITY_STATUSES = ['active', 'archived'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

/**
 * A facility is IDLE when it was used on fewer than 20% of its open days over the last 90 days: a
 * government-built kiln used one day a week is the case the field study found, and below a fifth the
 * centre manager should ask why.
 */
export const IDLE_THRESHOLD = 0.2;
/** The window, in days up to today, over which utilisation and the idle flag are judged. */
export const UTILISATION_WINDOW_DAYS = 90;
/** The longest single booking, in days: a longer hold is a lease, not a booking. */
export const MAX_BOOKING_DAYS = 31;

/** The firms a reader acts for: null for all (officers, managers), else its own. */
export type OwnFirms = readonly string[] | null;
