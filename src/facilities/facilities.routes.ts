import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  bookFacility,
  cancelBooking,
  facilityCalendar,
  recordBookingUsage,
  recordWalkIn,
} from './bookings.service.ts';
import {
  assertCenterFacilitiesReadable,
  assertCenterFacilitiesRecordable,
  assertFacilityReadable,
  assertFacilityRecordable,
  assertMayBookFor,
  assertMayCancel,
  ownFirms,
  facilityPolicy as policy,
} from './facilities.policy.ts';
import { createFacility, getFacility, listCenterFacilities, updateFacility } from './facilities.service.ts';
import { centerFacilityUtilisation } from './facility-utilisation.service.ts';

const tags = ['facilities'];

/** Shared facilities: record and read, the booking calendar, bookings, usage and utilisation. */
export async function facilityRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /centers/:id/facilities', { access: policy.read, tags }, async (request) => {
    await assertCenterFacilitiesReadable(db, request.actor, request.params.id);
    return listCenterFacilities(db, request.params.id, request.query);
  });
  route(app, 'POST /centers/:id/facilities', { access: policy.record, tags }, async (request, reply) => {
    await assertCenterFacilitiesRecordable(db, request.actor, request.params.id);
    return reply.status(201).send(await createFacility(db, request.params.id, request.body));
  });
  route(app, 'GET /facilities/:id', { access: policy.read, tags }, async (request) => {
    await assertFacilityReadable(db, request.actor, request.params.id);
    return getFacility(db, request.params.id);
  });
  route(app, 'PATCH /facilities/:id', { access: policy.record, tags }, async (request) => {
    await assertFacilityRecordable(db, request.actor, request.params.id);
    return updateFacility(db, request.params.id, request.body);
  });
  route(
    app,
    'GET /facilities/:id/bookings',
    { access: policy.read, tags, summary: 'One month of a facility’s booking calendar' },
    async (request) => {
      await assertFacilityReadable(db, request.actor, request.params.id);
      return facilityCalendar(db, request.params.id, request.query.month, ownFirms(request.actor));
    },
  );
  route(app, 'POST /facilities/:id/bookings', { access: policy.book, tags }, async (request, reply) => {
    await assertMayBookFor(db, request.actor, request.params.id, request.body.enterpriseId);
    const booking = await bookFacility(db, request.params.id, request.body, ownFirms(request.actor));
    return reply.status(201).send(booking);
  });
  route(app, 'DELETE /facilities/:id/bookings/:bookingId', { access: policy.book, tags }, async (request) => {
    const { id, bookingId } = request.params;
    await assertMayCancel(db, request.actor, id, bookingId);
    return cancelBooking(db, id, bookingId, ownFirms(request.actor));
  });
  route(
    app,
    'POST /facilities/:id/bookings/:bookingId/usage',
    { access: policy.record, tags, summary: 'Record whether a booking was used' },
    async (request) => {
      await assertFacilityRecordable(db, request.actor, request.params.id);
      return recordBookingUsage(db, request.params.id, request.params.bookingId, request.body);
    },
  );
  route(
    app,
    'POST /facilities/:id/usage',
    { access: policy.record, tags, summary: 'Record a day used without a booking' },
    async (request, reply) => {
      await assertFacilityRecordable(db, request.actor, request.params.id);
      return reply.status(201).send(await recordWalkIn(db, request.params.id, request.body));
    },
  );
  route(app, 'GET /centers/:id/facility-utilisation', { access: policy.read, tags }, async (request) => {
    await assertCenterFacilitiesReadable(db, request.actor, request.params.id);
    return centerFacilityUtilisation(db, request.params.id, request.query);
  });
}
