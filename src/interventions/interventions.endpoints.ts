import { z } from 'zod';
import { IdParamsSchema } from '../shared/pagination.ts';
import { InterventionEffectSchema } from './effect.schema.ts';
import {
  InterventionCreateSchema,
  InterventionListSchema,
  InterventionSchema,
  InterventionUpdateSchema,
} from './interventions.schema.ts';

/** The interventions' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const interventionEndpoints = {
  'GET /centers/:id/interventions': { params: IdParamsSchema, response: InterventionListSchema },
  'POST /centers/:id/interventions': {
    params: IdParamsSchema,
    body: InterventionCreateSchema,
    response: InterventionSchema,
    statuses: [201],
  },
  'GET /interventions/:id': { params: IdParamsSchema, response: InterventionSchema },
  'PATCH /interventions/:id': {
    params: IdParamsSchema,
    body: InterventionUpdateSchema,
    response: InterventionSchema,
  },
  // 204 without a body (the same `z.null()` as the table's NoContentSchema, which this file cannot import).
  'DELETE /interventions/:id': { params: IdParamsSchema, response: z.null() },
  'GET /interventions/:id/effect': { params: IdParamsSchema, response: InterventionEffectSchema },
} as const;
