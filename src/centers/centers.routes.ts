import { assertInScope } from '../auth/policy.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import { centerPolicy, checkCenter } from './centers.policy.ts';
import {
  CenterCreateSchema,
  CenterListQuerySchema,
  CenterSchema,
  CenterUpdateSchema,
} from './centers.schema.ts';
import { createCenter, getCenter, listCenters, setCenterArchived, updateCenter } from './centers.service.ts';

const tags = ['centers'];

/** Centres (Sentra IKM): list, read, create, update with optimistic concurrency, archive and restore. */
export async function centerRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/centers',
    {
      schema: { tags, querystring: CenterListQuerySchema, response: { 200: pageOf(CenterSchema) } },
      config: { access: centerPolicy.read },
    },
    (request) => listCenters(db, request.query),
  );
  app.get(
    '/centers/:id',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: CenterSchema } },
      config: { access: centerPolicy.read },
    },
    (request) => getCenter(db, request.params.id),
  );
  app.post(
    '/centers',
    {
      schema: { tags, body: CenterCreateSchema, response: { 201: CenterSchema } },
      config: { access: centerPolicy.register },
    },
    async (request, reply) => {
      assertInScope(centerPolicy.canCreate(request.actor, request.body.regionCodes));
      return reply.status(201).send(await createCenter(db, request.body));
    },
  );
  app.patch(
    '/centers/:id',
    {
      schema: { tags, params: IdParamsSchema, body: CenterUpdateSchema, response: { 200: CenterSchema } },
      config: { access: centerPolicy.edit },
    },
    async (request) => {
      await checkCenter(db, request.actor, request.params.id, centerPolicy.canUpdate);
      // Moving a centre is placing it anew: every new region must be one the actor may create in
      // (so a centre manager may edit the profile but not move the centre).
      if (request.body.regionCodes)
        assertInScope(centerPolicy.canCreate(request.actor, request.body.regionCodes));
      return updateCenter(db, request.params.id, request.body);
    },
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/centers/:id/${action}`,
      {
        schema: { tags, params: IdParamsSchema, body: VersionBodySchema, response: { 200: CenterSchema } },
        config: { access: centerPolicy.archive },
      },
      async (request) => {
        await checkCenter(db, request.actor, request.params.id, centerPolicy.canArchive);
        return setCenterArchived(db, request.params.id, archived, request.body?.version);
      },
    );
  }
}
