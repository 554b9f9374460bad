import { requireUser } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertProjectRole } from '../research/research.policy.ts';
import { assertMayCollectIn, fieldPolicy as policy } from './field.policy.ts';
import { listFieldConflicts, resolveFieldConflict } from './field-conflicts.service.ts';
import { buildFieldPackage, listFieldCenters } from './field-package.service.ts';
import { buildProjectPackage } from './field-research.ts';
import { syncFieldChanges } from './field-sync.service.ts';

const tags = ['field'];

/**
 * Offline field capture (issue #23; docs/FIELD-SYNC.md): the centres a collector may work in, a centre's
 * field package (with an ETag, 304 when unchanged), the sync of queued changes (each checked by its own
 * domain's rules), and the collector's conflicts.
 */
export async function fieldRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /field/centers', { access: policy.collect, tags }, async (request) =>
    listFieldCenters(db, policy.collectScope(request.actor)('c.id')),
  );
  route(app, 'GET /field/centers/:id/package', { access: policy.collect, tags }, async (request, reply) => {
    await assertMayCollectIn(db, request.actor, request.params.id);
    const body = await buildFieldPackage(db, request.params.id);
    const etag = `"${body.packageVersion}"`;
    reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return body;
  });
  route(
    app,
    'GET /field/projects/:id/package',
    {
      access: policy.research,
      tags,
      summary: "A research project's informants and consent, for its members",
    },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'reader');
      const body = await buildProjectPackage(db, request.actor, request.params.id);
      const etag = `"${body.packageVersion}"`;
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return body;
    },
  );
  route(
    app,
    'POST /field/sync',
    { access: policy.sync, tags, summary: 'Send queued offline changes, in order' },
    async (request) => syncFieldChanges(db, requireUser(request.actor), request.body.changes),
  );
  route(app, 'GET /field/conflicts', { access: policy.collect, tags }, async (request) =>
    listFieldConflicts(db, requireUser(request.actor)),
  );
  route(app, 'POST /field/conflicts/:id/resolve', { access: policy.collect, tags }, async (request) =>
    resolveFieldConflict(db, requireUser(request.actor), request.params.id, request.body),
  );
}
