import type { Actor } from '../auth/actor.ts';
import { assertInScope, isAdmin, isNational, readBy, writeBy } from '../auth/policy.ts';
import { assertRecordInScope } from '../auth/scope-check.ts';
import { centerScope, type ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { todayWib } from '../shared/periods.ts';
import { findBookingRow } from './bookings.repo.ts';
import type { OwnFirms } from './facilities.constants.ts';
import { facilityCenterId, memberCenterPredicate } from './facilities.repo.ts';

/**
 * Shared facilities belong to a centre. Officers and centre managers in scope record them, see every
 * booking and record usage; the ministry reads all; an enterprise user sees the facilities and calendars
 * of the centres its firms belong to and books or cancels for its own firms only. On the calendar a
 * firm's user sees who holds which days (firm names are business names, not personal data) but not the
 * purpose of another firm's booking; no booking names the person who made it. Researchers and viewers
 * get none: a calendar is operational, not aggregate, data.
 */
export const facilityPolicy = {
  read: readBy('admin', 'ministry', 'regional_officer', 'center_manager', 'enterprise'),
  record: writeBy('admin', 'regional_officer', 'center_manager'),
  book: writeBy('admin', 'regional_officer', 'center_manager', 'enterprise'),

  /** Centres (by `idColumn`) whose facilities the actor may read; undefined means all. */
  readScope(actor: Actor, idColumn: string): ScopePredicate {
    if (isNational(actor)) return undefined;
    if (actor.kind === 'user' && actor.role === 'enterprise') {
      return memberCenterPredicate(idColumn, actor.scopes.enterprises, todayWib());
    }
    return centerScope(actor, idColumn);
  },
};

/** The firms the actor books for: all (null) for admins, officers and managers, else its own. */
export function ownFirms(actor: Actor): OwnFirms {
  return actor.kind === 'user' && actor.role === 'enterprise' ? actor.scopes.enterprises : null;
}

/** 403 unless the actor may read the facilities of centre `centerId` (a missing centre passes, for the 404). */
export async function assertCenterFacilitiesReadable(db: Db, actor: Actor, centerId: string): Promise<void> {
  await assertRecordInScope(db, 'centers', centerId, (column) => facilityPolicy.readScope(actor, column));
}

/** 403 unless the actor may record facilities of centre `centerId`. */
export async function assertCenterFacilitiesRecordable(
  db: Db,
  actor: Actor,
  centerId: string,
): Promise<void> {
  await assertRecordInScope(db, 'centers', centerId, (column) => centerScope(actor, column));
}

/** The facility's centre, or undefined for a missing facility (the service answers 404). */
const centerOf = async (db: Db, id: string) => (isUuid(id) ? facilityCenterId(db, id) : undefined);

/** 403 unless the actor may read facility `id` and its calendar. */
export async function assertFacilityReadable(db: Db, actor: Actor, id: string): Promise<void> {
  const centerId = await centerOf(db, id);
  if (centerId) await assertCenterFacilitiesReadable(db, actor, centerId);
}

/** 403 unless the actor may edit facility `id` and record its usage. */
export async function assertFacilityRecordable(db: Db, actor: Actor, id: string): Promise<void> {
  const centerId = await centerOf(db, id);
  if (centerId) await assertCenterFacilitiesRecordable(db, actor, centerId);
}

/**
 * 403 unless the actor may book facility `id` for `enterpriseId`: an enterprise user for its own firm
 * (whether the firm is a member of the centre is the service's 422), others for facilities in scope.
 */
export async function assertMayBookFor(
  db: Db,
  actor: Actor,
  id: string,
  enterpriseId: string,
): Promise<void> {
  if (isAdmin(actor)) return;
  const firms = ownFirms(actor);
  if (firms !== null) return assertInScope(firms.includes(enterpriseId));
  await assertFacilityRecordable(db, actor, id);
}

/** 403 unless the actor may cancel the booking: its own firm's, or any of a facility in scope. */
export async function assertMayCancel(db: Db, actor: Actor, id: string, bookingId: string): Promise<void> {
  if (isAdmin(actor)) return;
  const firms = ownFirms(actor);
  if (firms === null) return assertFacilityRecordable(db, actor, id);
  const booking = isUuid(id) && isUuid(bookingId) ? await findBookingRow(db, id, bookingId) : undefined;
  if (booking) assertInScope(firms.includes(booking.enterprise_id));
}
