import { currentActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { toIsoOrNull } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import {
  type BookingRow,
  bookingRowsBetween,
  cancelBookingRow,
  centerMemberFirms,
  findBookingRow,
  insertBooking,
  insertWalkIn,
  setBookingUsed,
  walkInRowsBetween,
} from './bookings.repo.ts';
import { bookingProblems } from './bookings.rules.ts';
import type { Booking, BookingCreate, BookingUsage, Calendar, WalkInCreate } from './bookings.schema.ts';
import { monthOf, openDaysBetween } from './calendar-days.ts';
import type { OwnFirms } from './facilities.constants.ts';
import { FACILITY_MESSAGES as m } from './facilities.messages.ts';
import { centerName, type FacilityRow, findFacilityRow } from './facilities.repo.ts';
import type { Facility } from './facilities.schema.ts';
import { getFacility } from './facilities.service.ts';
import { assertNoProblems, facilityErrors } from './facility-errors.ts';

const actingUserId = () => {
  const actor = currentActor();
  return actor.kind === 'user' ? actor.userId : null;
};

/** A booking row as the reader sees it: another firm's purpose is hidden from a firm's own user. */
function toBooking(row: BookingRow, own: OwnFirms): Booking {
  const mine = own === null || own.includes(row.enterprise_id);
  return {
    id: row.id,
    facilityId: row.facility_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    purpose: mine ? row.purpose : null,
    used: row.used,
    cancelledAt: toIsoOrNull(row.cancelled_at),
    mayCancel: mine && row.cancelled_at === null,
  };
}

async function facilityOr404(db: Db, id: string): Promise<FacilityRow> {
  const row = isUuid(id) ? await findFacilityRow(db, id) : undefined;
  if (!row) throw facilityErrors.notFound(id);
  return row;
}

/** 422 unless the firm is a member of the facility's centre today. */
async function assertMember(
  db: Db,
  facility: FacilityRow,
  enterpriseId: string,
  path: string,
): Promise<void> {
  const members = await centerMemberFirms(db, facility.center_id, todayWib(), [enterpriseId]);
  if (members.length > 0) return;
  const center = (await centerName(db, facility.center_id)) ?? facility.center_id;
  assertNoProblems([{ path, message: tr(m.notMember, { center }) }]);
}

/** One month of a facility: open days, live bookings, walk-ins and the reader's bookable firms. */
export async function facilityCalendar(
  db: Db,
  id: string,
  month: string | undefined,
  own: OwnFirms,
): Promise<Calendar> {
  const facility = await facilityOr404(db, id);
  const { first, last } = monthOf(month ?? todayWib());
  const calendar = { openWeekdays: facility.open_weekdays, closedDates: facility.closed_dates };
  const [bookings, walkIns, firms] = await Promise.all([
    bookingRowsBetween(db, id, first, last),
    walkInRowsBetween(db, id, first, last),
    centerMemberFirms(db, facility.center_id, todayWib(), own),
  ]);
  return {
    facilityId: id,
    month: first,
    openDays: openDaysBetween(calendar, first, last),
    bookings: bookings.map((row) => toBooking(row, own)),
    walkIns: walkIns.map((row) => ({ id: row.id, usedOn: row.used_on, enterpriseName: row.enterprise_name })),
    bookableFirms: firms,
  };
}

/**
 * Books whole days for a member firm. Refused with nothing written: a closed day, an archived facility, a
 * firm outside the centre (422), days another live booking holds (409, naming the firm and its days; the
 * database's exclusion constraint decides, so two racing requests cannot both win).
 */
export async function bookFacility(
  db: Db,
  id: string,
  input: BookingCreate,
  own: OwnFirms,
): Promise<Booking> {
  const facility = await facilityOr404(db, id);
  const bookable = {
    name: facility.name,
    status: facility.status,
    openWeekdays: facility.open_weekdays,
    closedDates: facility.closed_dates,
  };
  assertNoProblems(bookingProblems(bookable, input.startsOn, input.endsOn));
  await assertMember(db, facility, input.enterpriseId, 'enterpriseId');
  let bookingId: string;
  try {
    bookingId = await insertBooking(db, {
      facility_id: id,
      enterprise_id: input.enterpriseId,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      purpose: input.purpose ?? null,
      booked_by: actingUserId(),
    });
  } catch (error) {
    if ((error as { code?: string }).code !== '23P01') throw error;
    const [clash] = await bookingRowsBetween(db, id, input.startsOn, input.endsOn);
    throw facilityErrors.overlap(facility.name, {
      firm: clash?.enterprise_name ?? '—',
      from: clash?.starts_on ?? input.startsOn,
      to: clash?.ends_on ?? input.endsOn,
    });
  }
  return toBooking((await findBookingRow(db, id, bookingId)) as BookingRow, own);
}

/** The booking, or 404. */
export async function bookingOr404(db: Db, facilityId: string, bookingId: string): Promise<BookingRow> {
  const row =
    isUuid(facilityId) && isUuid(bookingId) ? await findBookingRow(db, facilityId, bookingId) : undefined;
  if (!row) throw facilityErrors.bookingNotFound(bookingId);
  return row;
}

/** Cancels a live booking (its days become free); 422 when it was already cancelled. */
export async function cancelBooking(
  db: Db,
  facilityId: string,
  bookingId: string,
  own: OwnFirms,
): Promise<Booking> {
  await bookingOr404(db, facilityId, bookingId);
  if (!(await cancelBookingRow(db, facilityId, bookingId)))
    assertNoProblems([{ path: 'bookingId', message: tr(m.cancelled) }]);
  return toBooking(await bookingOr404(db, facilityId, bookingId), own);
}

/** Records afterwards whether a booking was used; only for a live booking that has started. */
export async function recordBookingUsage(
  db: Db,
  facilityId: string,
  bookingId: string,
  input: BookingUsage,
): Promise<Booking> {
  const row = await bookingOr404(db, facilityId, bookingId);
  if (row.cancelled_at !== null) assertNoProblems([{ path: 'used', message: tr(m.cancelled) }]);
  if (row.starts_on > todayWib())
    assertNoProblems([{ path: 'used', message: tr(m.notStarted, { from: row.starts_on }) }]);
  await setBookingUsed(db, bookingId, input.used);
  return toBooking(await bookingOr404(db, facilityId, bookingId), null);
}

/** Records a day used without a booking; answers the facility with its new utilisation. */
export async function recordWalkIn(db: Db, id: string, input: WalkInCreate): Promise<Facility> {
  const facility = await facilityOr404(db, id);
  if (input.usedOn > todayWib())
    assertNoProblems([{ path: 'usedOn', message: tr(m.future, { day: input.usedOn }) }]);
  if (input.enterpriseId) await assertMember(db, facility, input.enterpriseId, 'enterpriseId');
  await insertWalkIn(db, {
    facility_id: id,
    used_on: input.usedOn,
    enterprise_id: input.enterpriseId ?? null,
    note: input.note ?? null,
    recorded_by: actingUserId(),
  });
  return getFacility(db, id);
}
