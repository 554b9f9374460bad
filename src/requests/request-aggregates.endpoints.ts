import type { Endpoint } from '../http/endpoints.ts';
import { RequestAggregatesQuerySchema, RequestAggregatesSchema } from './request-aggregates.schema.ts';

/**
 * The request aggregates' JSON entry of the endpoint table, spread into `http/endpoints.ts` (the CSV
 * entry lives there: a file answer is recognised by the table's own `FileResponse`).
 */
export const requestAggregateEndpoints = {
  'GET /requests/aggregates': { query: RequestAggregatesQuerySchema, response: RequestAggregatesSchema },
} as const satisfies Record<string, Endpoint>;
