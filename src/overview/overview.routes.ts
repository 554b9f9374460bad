import { SIGNED_IN } from '../auth/policy.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { OverviewQuerySchema, OverviewSchema } from './overview.schema.ts';
import { getOverview } from './overview.service.ts';

/**
 * `GET /api/overview`: aggregates for the web app's overview screen in one call. Signed-in only: the sums
 * of a centre with five members come close to one firm's figures.
 */
export async function overviewRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/overview',
    {
      schema: { tags: ['overview'], querystring: OverviewQuerySchema, response: { 200: OverviewSchema } },
      config: { access: SIGNED_IN },
    },
    (request) => getOverview(db, request.query),
  );
}
