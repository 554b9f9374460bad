import { PartnershipKpisQuerySchema } from '../partnership-kpis/partnership-kpis.schema.ts';
import { RegionParamsSchema } from '../regions/regions.schema.ts';
import { IdParamsSchema } from '../shared/pagination.ts';
import { CenterCaseKpisSchema, RegionCaseKpisSchema } from './case-kpis.schema.ts';

/** The case KPIs' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const caseKpiEndpoints = {
  'GET /centers/:id/case-kpis': {
    params: IdParamsSchema,
    query: PartnershipKpisQuerySchema,
    response: CenterCaseKpisSchema,
  },
  'GET /regions/:code/case-kpis': {
    params: RegionParamsSchema,
    query: PartnershipKpisQuerySchema,
    response: RegionCaseKpisSchema,
  },
};
