import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  assertInstitutionInScope,
  assertMayEdit,
  assertMayRegister,
  institutionPolicy as policy,
} from './institutions.policy.ts';
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
  route(app, 'GET /institutions', { access: policy.read, tags: tags }, (request) =>
    listInstitutions(db, request.query),
  );
  route(app, 'GET /institutions/:id', { access: policy.read, tags: tags }, (request) =>
    getInstitution(db, request.params.id),
  );
  route(app, 'POST /institutions', { access: policy.register, tags: tags }, async (request, reply) => {
    await assertMayRegister(db, request.actor, request.body);
    return reply.status(201).send(await createInstitution(db, request.body));
  });
  route(app, 'PATCH /institutions/:id', { access: policy.edit, tags: tags }, async (request) => {
    await assertMayEdit(db, request.actor, request.params.id, request.body);
    return updateInstitution(db, request.params.id, request.body);
  });
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    route(
      app,
      `POST /institutions/:id/${action}` as const,
      { access: policy.archive, tags },
      async (request) => {
        await assertInstitutionInScope(db, request.actor, request.params.id);
        return setInstitutionArchived(db, request.params.id, archived, request.body?.version);
      },
    );
  }
}
