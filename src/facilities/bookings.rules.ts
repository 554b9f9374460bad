import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { daysBetween, isOpenOn, type OpeningCalendar } from './calendar-days.ts';
import { MAX_BOOKING_DAYS } from './facilities.constants.ts';
import { FACILITY_MESSAGES as m } from './facilities.messages.ts';

/** The facts of a facility a booking is checked against. */
export interface BookableFacility extends OpeningCalendar {
  name: string;
  status: 'active' | 'archived';
}

/**
 * What is wrong with booking `facility` from `startsOn` to `endsOn` (whole days, both included): an archived
 * facility, an end before the start, a hold longer than `MAX_BOOKING_DAYS`, or a day it is closed (the
 * first such day is named).
 */
export function bookingProblems(facility: BookableFacility, startsOn: string, endsOn: string): ErrorDetail[] {
  if (facility.status !== 'active') {
    return [{ path: 'facility', message: tr(m.archived, { facility: facility.name }) }];
  }
  if (endsOn < startsOn)
    return [{ path: 'endsOn', message: tr(m.endBeforeStart, { from: startsOn, to: endsOn }) }];
  const days = daysBetween(startsOn, endsOn);
  if (days.length > MAX_BOOKING_DAYS) {
    return [{ path: 'endsOn', message: tr(m.tooLong, { max: MAX_BOOKING_DAYS }) }];
  }
  const closed = days.find((day) => !isOpenOn(facility, day));
  return closed === undefined
    ? []
    : [{ path: 'startsOn', message: tr(m.closedDay, { facility: facility.name, day: closed }) }];
}
