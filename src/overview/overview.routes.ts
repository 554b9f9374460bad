import { SIGNED_IN } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { getOverview } from './overview.service.ts';

/**
 * `GET /api/overview`: aggregates for the web app's overview screen in one call. Signed-in only: the sums
 * of a centre with five members come close to one firm's figures.
 */
export async function overviewRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /overview', { access: SIGNED_IN, tags: ['overview'] }, (request) =>
    getOverview(db, request.query),
  );
}
