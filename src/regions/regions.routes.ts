import { PUBLIC } from '../auth/policy.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { pageOf } from '../shared/pagination.ts';
import { RegionListQuerySchema, RegionParamsSchema, RegionSchema } from './regions.schema.ts';
import { getRegion, searchRegions } from './regions.service.ts';

/** Read-only official reference data: provinces down to villages. */
export async function regionRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/regions',
    {
      schema: {
        tags: ['regions'],
        querystring: RegionListQuerySchema,
        response: { 200: pageOf(RegionSchema) },
      },
      config: { access: PUBLIC },
    },
    (request) => searchRegions(db, request.query),
  );
  app.get(
    '/regions/:code',
    {
      schema: {
        tags: ['regions'],
        params: RegionParamsSchema,
        response: { 200: RegionSchema },
      },
      config: { access: PUBLIC },
    },
    (request) => getRegion(db, request.params.code),
  );
}
