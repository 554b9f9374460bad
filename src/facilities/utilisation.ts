import { type OpeningCalendar, openDaysBetween } from './calendar-days.ts';
import { IDLE_THRESHOLD } from './facilities.constants.ts';

/** What `facilityUtilisation` answers: open and used days of a period, their ratio and the idle flag. */
export interface UtilisationFigures {
  from: string;
  to: string;
  availableDays: number;
  usedDays: number;
  /** usedDays ÷ availableDays, null when the facility never opened in the period. */
  utilisation: number | null;
  /** Below `IDLE_THRESHOLD`; never for a period with no open day (nothing to judge). */
  idle: boolean;
}

/**
 * Utilisation of one facility from `from` to `to` (both included) = the open days on which it was used ÷ the
 * days it was open. `usedDays` lists the days of used bookings and walk-ins, duplicates allowed; a use on a
 * closed day does not count, so the ratio never exceeds 1. Pure, so the report and the ecosystem index can
 * compute it from rows they already hold.
 */
export function facilityUtilisation(
  calendar: OpeningCalendar,
  from: string,
  to: string,
  usedDays: Iterable<string>,
): UtilisationFigures {
  const open = new Set(openDaysBetween(calendar, from, to));
  const used = new Set([...usedDays].filter((day) => open.has(day)));
  const utilisation = open.size === 0 ? null : used.size / open.size;
  return {
    from,
    to,
    availableDays: open.size,
    usedDays: used.size,
    utilisation,
    idle: utilisation !== null && utilisation < IDLE_THRESHOLD,
  };
}
