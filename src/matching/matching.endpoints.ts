import { IdParamsSchema } from '../shared/pagination.ts';
import { CandidateListSchema, CandidatesQuerySchema, MatchingPreviewSchema } from './matching.schema.ts';

/** Matching's entries of the endpoint table (spread into src/http/endpoints.ts). */
export const matchingEndpoints = {
  'GET /requests/:id/candidates': {
    params: IdParamsSchema,
    query: CandidatesQuerySchema,
    response: CandidateListSchema,
  },
  'POST /matching/preview': { body: MatchingPreviewSchema, response: CandidateListSchema },
} as const;
