import type { AppDeps, SimpulApp } from '../http/types.ts';
import { pageOf, VersionBodySchema } from '../shared/pagination.ts';
import {
  CenterCreateSchema,
  CenterIdParamsSchema,
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
    { schema: { tags, querystring: CenterListQuerySchema, response: { 200: pageOf(CenterSchema) } } },
    (request) => listCenters(db, request.query),
  );
  app.get(
    '/centers/:id',
    { schema: { tags, params: CenterIdParamsSchema, response: { 200: CenterSchema } } },
    (request) => getCenter(db, request.params.id),
  );
  app.post(
    '/centers',
    { schema: { tags, body: CenterCreateSchema, response: { 201: CenterSchema } } },
    async (request, reply) => reply.status(201).send(await createCenter(db, request.body)),
  );
  app.patch(
    '/centers/:id',
    {
      schema: {
        tags,
        params: CenterIdParamsSchema,
        body: CenterUpdateSchema,
        response: { 200: CenterSchema },
      },
    },
    (request) => updateCenter(db, request.params.id, request.body),
  );
  app.post(
    '/centers/:id/archive',
    {
      schema: {
        tags,
        params: CenterIdParamsSchema,
        body: VersionBodySchema,
        response: { 200: CenterSchema },
      },
    },
    (request) => setCenterArchived(db, request.params.id, true, request.body?.version),
  );
  app.post(
    '/centers/:id/restore',
    {
      schema: {
        tags,
        params: CenterIdParamsSchema,
        body: VersionBodySchema,
        response: { 200: CenterSchema },
      },
    },
    (request) => setCenterArchived(db, request.params.id, false, request.body?.version),
  );
}
