import { FileResponse } from '../http/file-response.ts';
import { RegionParamsSchema } from '../regions/regions.schema.ts';
import { IdParamsSchema } from '../shared/pagination.ts';

/** The printable reports' entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const reportEndpoints = {
  'GET /centers/:id/report.pdf': { params: IdParamsSchema, response: FileResponse },
  'GET /regions/:code/report.pdf': { params: RegionParamsSchema, response: FileResponse },
} as const;
