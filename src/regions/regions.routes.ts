import { PUBLIC } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { getRegion, searchRegions } from './regions.service.ts';

/** Read-only official reference data: provinces down to villages. */
export async function regionRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /regions', { access: PUBLIC, tags: ['regions'] }, (request) =>
    searchRegions(db, request.query),
  );
  route(app, 'GET /regions/:code', { access: PUBLIC, tags: ['regions'] }, (request) =>
    getRegion(db, request.params.code),
  );
}
