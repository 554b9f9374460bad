import { IdParamsSchema } from '../shared/pagination.ts';
import {
  AssessmentCreateSchema,
  AssessmentHistorySchema,
  AssessmentPreviewSchema,
  AssessmentSnapshotSchema,
} from './assessment.schema.ts';

/** The self-assessment's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const assessmentEndpoints = {
  'GET /institutions/:id/assessment-preview': { params: IdParamsSchema, response: AssessmentPreviewSchema },
  'GET /institutions/:id/assessments': { params: IdParamsSchema, response: AssessmentHistorySchema },
  'POST /institutions/:id/assessments': {
    params: IdParamsSchema,
    body: AssessmentCreateSchema,
    response: AssessmentSnapshotSchema,
    statuses: [201],
  },
} as const;
