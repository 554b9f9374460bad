import { z } from 'zod';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import { ScenarioCreateSchema, ScenarioListQuerySchema, ScenarioSchema } from './scenarios.schema.ts';
import {
  WhatIfRequestSchema,
  WhatIfResultSchema,
  WhatIfSuggestionsQuerySchema,
  WhatIfSuggestionsSchema,
} from './what-if.schema.ts';

/** What-if simulation and saved scenarios in the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const scenarioEndpoints = {
  'POST /centers/:id/what-if': {
    params: IdParamsSchema,
    body: WhatIfRequestSchema,
    response: WhatIfResultSchema,
  },
  'GET /centers/:id/what-if/suggestions': {
    params: IdParamsSchema,
    query: WhatIfSuggestionsQuerySchema,
    response: WhatIfSuggestionsSchema,
  },
  'GET /centers/:id/scenarios': {
    params: IdParamsSchema,
    query: ScenarioListQuerySchema,
    response: pageOf(ScenarioSchema),
  },
  'POST /centers/:id/scenarios': {
    params: IdParamsSchema,
    body: ScenarioCreateSchema,
    response: ScenarioSchema,
    statuses: [201],
  },
  'GET /scenarios/:id': { params: IdParamsSchema, response: ScenarioSchema },
  'DELETE /scenarios/:id': { params: IdParamsSchema, response: z.null() },
} as const;
