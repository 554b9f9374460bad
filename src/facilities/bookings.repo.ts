import { type Insertable, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/database-types.ts';
import { memberOn } from '../shared/periods.ts';

/** The live (not cancelled) bookings of a facility touching `from`–`to`, with the firm's name, by first day. */
export async function bookingRowsBetween(db: Db, facilityId: string, from: string, to: string) {
  return db
    .selectFrom('facility_bookings as b')
    .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .select([
      'b.id',
      'b.facility_id',
      'b.enterprise_id',
      'e.name as enterprise_name',
      'b.starts_on',
      'b.ends_on',
      'b.purpose',
      'b.used',
      'b.cancelled_at',
    ])
    .where('b.facility_id', '=', facilityId)
    .where('b.cancelled_at', 'is', null)
    .where('b.starts_on', '<=', to)
    .where('b.ends_on', '>=', from)
    .orderBy('b.starts_on')
    .execute();
}

export type BookingRow = Awaited<ReturnType<typeof bookingRowsBetween>>[number];

/** One booking of the facility (cancelled or not), or undefined. */
export async function findBookingRow(db: Db, facilityId: string, bookingId: string) {
  return db
    .selectFrom('facility_bookings as b')
    .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .select([
      'b.id',
      'b.facility_id',
      'b.enterprise_id',
      'e.name as enterprise_name',
      'b.starts_on',
      'b.ends_on',
      'b.purpose',
      'b.used',
      'b.cancelled_at',
    ])
    .where('b.id', '=', bookingId)
    .where('b.facility_id', '=', facilityId)
    .executeTakeFirst();
}

/** Inserts a booking; the exclusion constraint refuses an overlap (SQLSTATE 23P01). */
export async function insertBooking(
  db: Db,
  values: Insertable<Database['facility_bookings']>,
): Promise<string> {
  const row = await db
    .insertInto('facility_bookings')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks a live booking cancelled; false when there was none to cancel. */
export async function cancelBookingRow(db: Db, facilityId: string, bookingId: string): Promise<boolean> {
  const result = await db
    .updateTable('facility_bookings')
    .set({ cancelled_at: sql`now()`, updated_at: sql`now()` })
    .where('id', '=', bookingId)
    .where('facility_id', '=', facilityId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records whether a live booking was used. */
export async function setBookingUsed(db: Db, bookingId: string, used: boolean): Promise<void> {
  await db
    .updateTable('facility_bookings')
    .set({ used, updated_at: sql`now()` })
    .where('id', '=', bookingId)
    .execute();
}

/** Inserts a walk-in use. */
export async function insertWalkIn(db: Db, values: Insertable<Database['facility_walk_ins']>): Promise<void> {
  await db.insertInto('facility_walk_ins').values(values).execute();
}

/** The walk-ins of a facility from `from` to `to`, with the firm's name when known. */
export async function walkInRowsBetween(db: Db, facilityId: string, from: string, to: string) {
  return db
    .selectFrom('facility_walk_ins as w')
    .leftJoin('enterprises as e', 'e.id', 'w.enterprise_id')
    .select(['w.id', 'w.used_on', 'e.name as enterprise_name'])
    .where('w.facility_id', '=', facilityId)
    .where('w.used_on', '>=', from)
    .where('w.used_on', '<=', to)
    .orderBy('w.used_on')
    .execute();
}

/** The firms among `enterpriseIds` (all when null) that are members of the centre on `day`, by name. */
export async function centerMemberFirms(
  db: Db,
  centerId: string,
  day: string,
  enterpriseIds: readonly string[] | null,
) {
  if (enterpriseIds !== null && enterpriseIds.length === 0) return [];
  let query = db
    .selectFrom('center_memberships as cm')
    .innerJoin('enterprises as e', 'e.id', 'cm.enterprise_id')
    .select(['e.id', 'e.name'])
    .distinct()
    .where('cm.center_id', '=', centerId)
    .where(memberOn(day, 'cm'));
  if (enterpriseIds !== null) query = query.where('e.id', 'in', enterpriseIds);
  return query.orderBy('e.name').execute();
}
