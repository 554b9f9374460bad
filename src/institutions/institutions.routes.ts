import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import {
  assertInstitutionInScope,
  assertMayEdit,
  assertMayRegister,
  institutionPolicy as policy,
} from './institutions.policy.ts';
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
      config: { access: policy.read },
    },
    (request) => listInstitutions(db, request.query),
  );
  app.get(
    '/institutions/:id',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: InstitutionSchema } },
      config: { access: policy.read },
    },
    (request) => getInstitution(db, request.params.id),
  );
  app.post(
    '/institutions',
    {
      schema: { tags, body: InstitutionCreateSchema, response: { 201: InstitutionSchema } },
      config: { access: policy.register },
    },
    async (request, reply) => {
      await assertMayRegister(db, request.actor, request.body);
      return reply.status(201).send(await createInstitution(db, request.body));
    },
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
      config: { access: policy.edit },
    },
    async (request) => {
      await assertMayEdit(db, request.actor, request.params.id, request.body);
      return updateInstitution(db, request.params.id, request.body);
    },
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/institutions/:id/${action}`,
      {
        schema: {
          tags,
          params: IdParamsSchema,
          body: VersionBodySchema,
          response: { 200: InstitutionSchema },
        },
        config: { access: policy.archive },
      },
      async (request) => {
        await assertInstitutionInScope(db, request.actor, request.params.id);
        return setInstitutionArchived(db, request.params.id, archived, request.body?.version);
      },
    );
  }
}
