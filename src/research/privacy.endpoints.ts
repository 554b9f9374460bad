import { IdParamsSchema } from '../shared/pagination.ts';
import { CodeByCenterSchema } from './code-by-center.schema.ts';
import { ReidentificationReportSchema } from './reidentification.schema.ts';

/** Privacy and cross-centre views of a project: the endpoint table's entries (`src/http/endpoints.ts` spreads them in). */
export const researchPrivacyEndpoints = {
  'GET /research/projects/:id/reidentification': {
    params: IdParamsSchema,
    response: ReidentificationReportSchema,
  },
  'GET /research/projects/:id/code-by-center': { params: IdParamsSchema, response: CodeByCenterSchema },
} as const;
