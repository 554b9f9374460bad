import { z } from 'zod';
import { IdParamsSchema } from '../shared/pagination.ts';
import {
  BookingCreateSchema,
  BookingSchema,
  BookingUsageSchema,
  CalendarQuerySchema,
  CalendarSchema,
  WalkInCreateSchema,
} from './bookings.schema.ts';
import {
  CenterUtilisationSchema,
  FacilityCreateSchema,
  FacilityListQuerySchema,
  FacilityListSchema,
  FacilitySchema,
  FacilityUpdateSchema,
  UtilisationQuerySchema,
} from './facilities.schema.ts';

const BookingParams = IdParamsSchema.extend({ bookingId: z.uuid() });

/** The shared facilities' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const facilityEndpoints = {
  'GET /centers/:id/facilities': {
    params: IdParamsSchema,
    query: FacilityListQuerySchema,
    response: FacilityListSchema,
  },
  'POST /centers/:id/facilities': {
    params: IdParamsSchema,
    body: FacilityCreateSchema,
    response: FacilitySchema,
    statuses: [201],
  },
  'GET /facilities/:id': { params: IdParamsSchema, response: FacilitySchema },
  'PATCH /facilities/:id': { params: IdParamsSchema, body: FacilityUpdateSchema, response: FacilitySchema },
  'GET /facilities/:id/bookings': {
    params: IdParamsSchema,
    query: CalendarQuerySchema,
    response: CalendarSchema,
  },
  'POST /facilities/:id/bookings': {
    params: IdParamsSchema,
    body: BookingCreateSchema,
    response: BookingSchema,
    statuses: [201],
  },
  'DELETE /facilities/:id/bookings/:bookingId': { params: BookingParams, response: BookingSchema },
  'POST /facilities/:id/bookings/:bookingId/usage': {
    params: BookingParams,
    body: BookingUsageSchema,
    response: BookingSchema,
  },
  'POST /facilities/:id/usage': {
    params: IdParamsSchema,
    body: WalkInCreateSchema,
    response: FacilitySchema,
    statuses: [201],
  },
  'GET /centers/:id/facility-utilisation': {
    params: IdParamsSchema,
    query: UtilisationQuerySchema,
    response: CenterUtilisationSchema,
  },
} as const;
