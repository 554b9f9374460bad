import type { InjectOptions } from 'fastify';
import { buildFacilityInput } from '../../src/facilities/facilities.test-helpers.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, next, type Side } from './world.ts';

/** Read by officers and managers in scope, the ministry, and firms that are members of the centre. */
const READ_IN = 'YYYYYNNU';
/** The `in` firm is a member of the `out` centre too (world.ts), so it reads that centre's facilities. */
const READ_OUT = 'YYNNYNNU';
/** Recorded by the admin and by officers and managers in scope. */
const RECORD_IN = 'YNYYNNNU';
const RECORD_OUT = 'YNNNNNNU';
/** Booked by officers and managers in scope and by the side's firm for itself. */
const BOOK_IN = 'YNYYYNNU';
const BOOK_OUT = 'YNNNNNNU';

const send = (method: InjectOptions['method'], url: string, payload?: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});

/** A fresh facility of the side's centre, open every day. */
async function facilityOf(ctx: TestContext, side: Side): Promise<string> {
  return (await adminPost(ctx, `/api/centers/${side.centerId}/facilities`, buildFacilityInput()))
    .id as string;
}

/** A fresh day in 2031 no other call uses, so bookings never clash by accident. */
const freshDay = () => {
  const n = next();
  return new Date(Date.UTC(2031, 0, 1) + (n % 3000) * 86_400_000).toISOString().slice(0, 10);
};

/** A booking of the side's firm on a fresh facility; returns both ids. */
async function bookingOf(ctx: TestContext, side: Side, startsOn = '2020-01-06') {
  const facilityId = await facilityOf(ctx, side);
  const booking = await adminPost(ctx, `/api/facilities/${facilityId}/bookings`, {
    enterpriseId: side.enterpriseId,
    startsOn,
    endsOn: startsOn,
  });
  return { facilityId, bookingId: booking.id as string };
}

/** The shared facilities' routes × roles × scope. */
export const FACILITY_MATRIX: Record<string, Rule> = {
  'GET /api/centers/:id/facilities': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (_ctx, side) => ({ method: 'GET', url: `/api/centers/${side.centerId}/facilities` }),
  },
  'POST /api/centers/:id/facilities': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (_ctx, side) =>
      send('POST', `/api/centers/${side.centerId}/facilities`, buildFacilityInput()),
  },
  'GET /api/facilities/:id': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (ctx, side) => ({ method: 'GET', url: `/api/facilities/${await facilityOf(ctx, side)}` }),
  },
  'PATCH /api/facilities/:id': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (ctx, side) =>
      send('PATCH', `/api/facilities/${await facilityOf(ctx, side)}`, { name: 'Tungku baru', version: 1 }),
  },
  'GET /api/facilities/:id/bookings': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (ctx, side) => ({
      method: 'GET',
      url: `/api/facilities/${await facilityOf(ctx, side)}/bookings`,
    }),
  },
  'POST /api/facilities/:id/bookings': {
    inScope: BOOK_IN,
    outOfScope: BOOK_OUT,
    request: async (ctx, side) => {
      const day = freshDay();
      return send('POST', `/api/facilities/${await facilityOf(ctx, side)}/bookings`, {
        enterpriseId: side.enterpriseId,
        startsOn: day,
        endsOn: day,
      });
    },
  },
  'DELETE /api/facilities/:id/bookings/:bookingId': {
    inScope: BOOK_IN,
    outOfScope: BOOK_OUT,
    request: async (ctx, side) => {
      const { facilityId, bookingId } = await bookingOf(ctx, side, freshDay());
      return send('DELETE', `/api/facilities/${facilityId}/bookings/${bookingId}`);
    },
  },
  'POST /api/facilities/:id/bookings/:bookingId/usage': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (ctx, side) => {
      const { facilityId, bookingId } = await bookingOf(ctx, side);
      return send('POST', `/api/facilities/${facilityId}/bookings/${bookingId}/usage`, { used: true });
    },
  },
  'POST /api/facilities/:id/usage': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (ctx, side) =>
      send('POST', `/api/facilities/${await facilityOf(ctx, side)}/usage`, { usedOn: '2020-01-06' }),
  },
  'GET /api/centers/:id/facility-utilisation': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (_ctx, side) => ({
      method: 'GET',
      url: `/api/centers/${side.centerId}/facility-utilisation`,
    }),
  },
};
