import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertMayReachProfile, capabilityPolicy as policy } from './capabilities.policy.ts';
import { confirmSpareCapacity, getCapabilityProfile, putCapabilityProfile } from './capabilities.service.ts';
import { addProcess, addSector, archiveProcess, listTaxonomy } from './taxonomy.service.ts';

const tags = ['capabilities'];

/** The process taxonomy and each enterprise's capability profile (issue #18, point 1). */
export async function capabilityRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /process-sectors', { access: policy.readTaxonomy, tags }, async (request) =>
    listTaxonomy(db, request.query.includeArchived),
  );
  route(app, 'POST /process-sectors', { access: policy.editTaxonomy, tags }, async (request, reply) =>
    reply.status(201).send(await addSector(db, request.body)),
  );
  route(
    app,
    'POST /process-sectors/:sectorCode/processes',
    { access: policy.editTaxonomy, tags },
    async (request, reply) =>
      reply.status(201).send(await addProcess(db, request.params.sectorCode, request.body)),
  );
  route(app, 'POST /processes/:processCode/archive', { access: policy.editTaxonomy, tags }, async (request) =>
    archiveProcess(db, request.params.processCode, true),
  );
  route(app, 'POST /processes/:processCode/restore', { access: policy.editTaxonomy, tags }, async (request) =>
    archiveProcess(db, request.params.processCode, false),
  );
  route(app, 'GET /enterprises/:id/capability', { access: policy.read, tags }, async (request) => {
    await assertMayReachProfile(db, request.actor, request.params.id);
    return getCapabilityProfile(db, request.params.id);
  });
  route(app, 'PUT /enterprises/:id/capability', { access: policy.edit, tags }, async (request) => {
    await assertMayReachProfile(db, request.actor, request.params.id);
    return putCapabilityProfile(db, request.params.id, request.body);
  });
  route(app, 'POST /enterprises/:id/capability/confirm', { access: policy.edit, tags }, async (request) => {
    await assertMayReachProfile(db, request.actor, request.params.id);
    return confirmSpareCapacity(db, request.params.id, request.body?.spareCapacityPct);
  });
}
