import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import {
  EnterpriseCreateSchema,
  EnterpriseDetailSchema,
  EnterpriseListQuerySchema,
  EnterpriseSchema,
  EnterpriseUpdateSchema,
} from './enterprises.schema.ts';
import {
  createEnterprise,
  getEnterprise,
  listEnterprises,
  setEnterpriseArchived,
  updateEnterprise,
} from './enterprises.service.ts';

const tags = ['enterprises'];

/** Enterprises (IKM units): list, read, create, update with optimistic concurrency, archive and restore. */
export async function enterpriseRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/enterprises',
    { schema: { tags, querystring: EnterpriseListQuerySchema, response: { 200: pageOf(EnterpriseSchema) } } },
    (request) => listEnterprises(db, request.query),
  );
  app.get(
    '/enterprises/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: EnterpriseDetailSchema } } },
    (request) => getEnterprise(db, request.params.id),
  );
  app.post(
    '/enterprises',
    { schema: { tags, body: EnterpriseCreateSchema, response: { 201: EnterpriseDetailSchema } } },
    async (request, reply) => reply.status(201).send(await createEnterprise(db, request.body)),
  );
  app.patch(
    '/enterprises/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: EnterpriseUpdateSchema,
        response: { 200: EnterpriseDetailSchema },
      },
    },
    (request) => updateEnterprise(db, request.params.id, request.body),
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/enterprises/:id/${action}`,
      {
        schema: {
          tags,
          params: IdParamsSchema,
          body: VersionBodySchema,
          response: { 200: EnterpriseDetailSchema },
        },
      },
      (request) => setEnterpriseArchived(db, request.params.id, archived, request.body?.version),
    );
  }
}
