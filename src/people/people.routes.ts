import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import {
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonSchema,
  PersonUpdateSchema,
} from './people.schema.ts';
import { createPerson, getPerson, listPeople, setPersonArchived, updatePerson } from './people.service.ts';

const tags = ['people'];

/** People (owners, craftsmen, officials): list, read, create, update with optimistic concurrency, archive. */
export async function personRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/people',
    { schema: { tags, querystring: PersonListQuerySchema, response: { 200: pageOf(PersonSchema) } } },
    (request) => listPeople(db, request.query),
  );
  app.get(
    '/people/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: PersonSchema } } },
    (request) => getPerson(db, request.params.id),
  );
  app.post(
    '/people',
    { schema: { tags, body: PersonCreateSchema, response: { 201: PersonSchema } } },
    async (request, reply) => reply.status(201).send(await createPerson(db, request.body)),
  );
  app.patch(
    '/people/:id',
    { schema: { tags, params: IdParamsSchema, body: PersonUpdateSchema, response: { 200: PersonSchema } } },
    (request) => updatePerson(db, request.params.id, request.body),
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/people/:id/${action}`,
      { schema: { tags, params: IdParamsSchema, body: VersionBodySchema, response: { 200: PersonSchema } } },
      (request) => setPersonArchived(db, request.params.id, archived, request.body?.version),
    );
  }
}
