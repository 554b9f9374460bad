import { z } from 'zod';
import { IdParamsSchema } from '../../shared/pagination.ts';
import {
  InstrumentSchema,
  ItemUpdateSchema,
  ResponseCreateSchema,
  ResponseDeleteQuerySchema,
  ResponsesFileQuerySchema,
  ResponsesWrittenSchema,
  ResultsQuerySchema,
  ScaleResultsSchema,
  ScalesSchema,
} from './scales.schema.ts';

/** The survey scales' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const scaleEndpoints = {
  'GET /research/projects/:id/scales': { params: IdParamsSchema, response: ScalesSchema },
  'PATCH /research/survey-items/:id': {
    params: IdParamsSchema,
    body: ItemUpdateSchema,
    response: InstrumentSchema,
  },
  'POST /research/projects/:id/scales/responses': {
    params: IdParamsSchema,
    body: ResponseCreateSchema,
    response: ResponsesWrittenSchema,
    statuses: [201],
  },
  'POST /research/projects/:id/scales/responses/file': {
    params: IdParamsSchema,
    query: ResponsesFileQuerySchema,
    response: ResponsesWrittenSchema,
    statuses: [201],
    consumes: ['text/csv'],
  },
  // 204 without a body (the same `z.null()` as the table's NoContentSchema, which this file cannot import).
  'DELETE /research/projects/:id/scales/responses': {
    params: IdParamsSchema,
    query: ResponseDeleteQuerySchema,
    response: z.null(),
  },
  'GET /research/projects/:id/scales/results': {
    params: IdParamsSchema,
    query: ResultsQuerySchema,
    response: ScaleResultsSchema,
  },
} as const;
