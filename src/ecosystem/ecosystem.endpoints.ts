import { IdParamsSchema } from '../shared/pagination.ts';
import { CenterEcosystemQuerySchema, EcosystemQuerySchema, EcosystemSchema } from './ecosystem.schema.ts';

/** The ecosystem index's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const ecosystemEndpoints = {
  'GET /centers/:id/ecosystem': {
    params: IdParamsSchema,
    query: CenterEcosystemQuerySchema,
    response: EcosystemSchema,
  },
  'GET /ecosystem': { query: EcosystemQuerySchema, response: EcosystemSchema },
} as const;
