import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import {
  InstitutionCreateSchema,
  InstitutionListQuerySchema,
  InstitutionSchema,
  InstitutionUpdateSchema,
} from './institutions.schema.ts';
import {
  createInstitution,
  getInstitution,
  listInstitutions,
  setInstitutionArchived,
  updateInstitution,
} from './institutions.service.ts';

const tags = ['institutions'];

/** Institutions around centres: list, read, create, update with optimistic concurrency, archive, restore. */
export async function institutionRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/institutions',
    {
      schema: { tags, querystring: InstitutionListQuerySchema, response: { 200: pageOf(InstitutionSchema) } },
    },
    (request) => listInstitutions(db, request.query),
  );
  app.get(
    '/institutions/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: InstitutionSchema } } },
    (request) => getInstitution(db, request.params.id),
  );
  app.post(
    '/institutions',
    { schema: { tags, body: InstitutionCreateSchema, response: { 201: InstitutionSchema } } },
    async (request, reply) => reply.status(201).send(await createInstitution(db, request.body)),
  );
  app.patch(
    '/institutions/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: InstitutionUpdateSchema,
        response: { 200: InstitutionSchema },
      },
    },
    (request) => updateInstitution(db, request.params.id, request.body),
  );
  app.post(
    '/institutions/:id/archive',
    {
      schema: { tags, params: IdParamsSchema, body: VersionBodySchema, response: { 200: InstitutionSchema } },
    },
    (request) => setInstitutionArchived(db, request.params.id, true, request.body?.version),
  );
  app.post(
    '/institutions/:id/restore',
    {
      schema: { tags, params: IdParamsSchema, body: VersionBodySchema, response: { 200: InstitutionSchema } },
    },
    (request) => setInstitutionArchived(db, request.params.id, false, request.body?.version),
  );
}
