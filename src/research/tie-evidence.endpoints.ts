import { z } from 'zod';
import { IdParamsSchema } from '../shared/pagination.ts';
import {
  CenterEvidenceSchema,
  EvidenceCreateSchema,
  EvidenceLinkedSchema,
  ProjectEvidenceSchema,
} from './tie-evidence.schema.ts';

/** Tie evidence's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const tieEvidenceEndpoints = {
  'POST /research/evidence': { body: EvidenceCreateSchema, response: EvidenceLinkedSchema, statuses: [201] },
  // 204 without a body (the same `z.null()` as the table's NoContentSchema, which this file cannot import).
  'DELETE /research/evidence/:id': { params: IdParamsSchema, response: z.null() },
  'GET /research/projects/:id/evidence': { params: IdParamsSchema, response: ProjectEvidenceSchema },
  'GET /research/centers/:id/evidence': { params: IdParamsSchema, response: CenterEvidenceSchema },
} as const;
