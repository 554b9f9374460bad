import type { Endpoint } from '../http/endpoints.ts';
import { FileResponse } from '../http/file-response.ts';
import { RequestAggregatesQuerySchema, RequestAggregatesSchema } from './request-aggregates.schema.ts';

/** The request aggregates' entries of the endpoint table (the numbers and their CSV), spread into `http/endpoints.ts`. */
export const requestAggregateEndpoints = {
  'GET /requests/aggregates': { query: RequestAggregatesQuerySchema, response: RequestAggregatesSchema },
  'GET /requests/aggregates.csv': { query: RequestAggregatesQuerySchema, response: FileResponse },
} as const satisfies Record<string, Endpoint>;
