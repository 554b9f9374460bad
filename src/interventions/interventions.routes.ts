import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { interventionEffect } from './effect.service.ts';
import {
  assertCenterInterventionsInScope,
  assertInterventionInScope,
  interventionPolicy as policy,
} from './interventions.policy.ts';
import {
  createIntervention,
  deleteIntervention,
  getIntervention,
  listInterventions,
  updateIntervention,
} from './interventions.service.ts';

const tags = ['interventions'];

/** A centre's interventions: list, record, read, change, delete, and the before/after with DiD. */
export async function interventionRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /centers/:id/interventions', { access: policy.read, tags }, async (request) => {
    await assertCenterInterventionsInScope(db, request.actor, request.params.id);
    return listInterventions(db, request.params.id);
  });
  route(app, 'POST /centers/:id/interventions', { access: policy.record, tags }, async (request, reply) => {
    await assertCenterInterventionsInScope(db, request.actor, request.params.id);
    return reply.status(201).send(await createIntervention(db, request.params.id, request.body));
  });
  route(app, 'GET /interventions/:id', { access: policy.read, tags }, async (request) => {
    await assertInterventionInScope(db, request.actor, request.params.id);
    return getIntervention(db, request.params.id);
  });
  route(app, 'PATCH /interventions/:id', { access: policy.record, tags }, async (request) => {
    await assertInterventionInScope(db, request.actor, request.params.id);
    return updateIntervention(db, request.params.id, request.body);
  });
  route(app, 'DELETE /interventions/:id', { access: policy.record, tags }, async (request, reply) => {
    await assertInterventionInScope(db, request.actor, request.params.id);
    await deleteIntervention(db, request.params.id);
    return reply.status(204).send();
  });
  route(app, 'GET /interventions/:id/effect', { access: policy.read, tags }, async (request) => {
    await assertInterventionInScope(db, request.actor, request.params.id);
    return interventionEffect(db, request.params.id);
  });
}
