import { assertInScope } from '../auth/policy.ts';
import { readDb } from '../http/read-db.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { centerPolicy, checkCenter } from './centers.policy.ts';
import { createCenter, getCenter, listCenters, setCenterArchived, updateCenter } from './centers.service.ts';

const tags = ['centers'];

/** Centres (Sentra IKM): list, read, create, update with optimistic concurrency, archive and restore. */
export async function centerRoutes(app: SimpulApp, deps: AppDeps): Promise<void> {
  const { db } = deps;
  // The list may lag (see read-db.ts); one centre, read before an edit, comes from the primary.
  route(app, 'GET /centers', { access: centerPolicy.read, tags }, (request) =>
    listCenters(readDb(deps, request), request.actor, request.query),
  );
  route(app, 'GET /centers/:id', { access: centerPolicy.read, tags }, (request) =>
    getCenter(db, request.params.id),
  );
  route(app, 'POST /centers', { access: centerPolicy.register, tags }, async (request, reply) => {
    assertInScope(centerPolicy.canCreate(request.actor, request.body.regionCodes));
    return reply.status(201).send(await createCenter(db, request.body));
  });
  route(app, 'PATCH /centers/:id', { access: centerPolicy.edit, tags }, async (request) => {
    await checkCenter(db, request.actor, request.params.id, centerPolicy.canUpdate);
    // Moving a centre is placing it anew: every new region must be one the actor may create in
    // (so a centre manager may edit the profile but not move the centre).
    if (request.body.regionCodes)
      assertInScope(centerPolicy.canCreate(request.actor, request.body.regionCodes));
    return updateCenter(db, request.params.id, request.body);
  });
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    route(
      app,
      `POST /centers/:id/${action}` as const,
      { access: centerPolicy.archive, tags },
      async (request) => {
        await checkCenter(db, request.actor, request.params.id, centerPolicy.canArchive);
        return setCenterArchived(db, request.params.id, archived, request.body?.version);
      },
    );
  }
}
