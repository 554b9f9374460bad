import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  assertAffiliationChangesInScope,
  assertMayEditPerson,
  assertMayReadPerson,
  assertNewPersonInScope,
  assertNoNameSearch,
  hidesPersonNames,
  personAsSeenBy,
  personPolicy as policy,
} from './people.policy.ts';
import { createPerson, getPerson, listPeople, setPersonArchived, updatePerson } from './people.service.ts';
import { personRightsRoutes } from './people-rights.routes.ts';

const tags = ['people'];

/**
 * People (owners, craftsmen, officials): list, read, create, update with optimistic concurrency, archive,
 * and the personal-data rights (export, erasure). Readers see the people of their scope (researchers see
 * all, pseudonymised); writers attach people only to enterprises and institutions in theirs.
 */
export async function personRoutes(app: SimpulApp, deps: AppDeps): Promise<void> {
  const { db, pseudonymKey } = deps;
  route(app, 'GET /people', { access: policy.read, tags: tags }, async (request) => {
    const { actor, query } = request;
    assertNoNameSearch(actor, query.q);
    const page = await listPeople(db, query, {
      scope: policy.readScope(actor)('people.id'),
      hideNames: hidesPersonNames(actor),
    });
    return { ...page, items: page.items.map((p) => personAsSeenBy(actor, pseudonymKey, p)) };
  });
  route(app, 'GET /people/:id', { access: policy.read, tags: tags }, async (request) => {
    const { actor, params } = request;
    await assertMayReadPerson(db, actor, params.id);
    return personAsSeenBy(actor, pseudonymKey, await getPerson(db, params.id));
  });
  route(app, 'POST /people', { access: policy.edit, tags: tags }, async (request, reply) => {
    await assertNewPersonInScope(db, request.actor, request.body.affiliations);
    return reply.status(201).send(await createPerson(db, request.body));
  });
  route(app, 'PATCH /people/:id', { access: policy.edit, tags: tags }, async (request) => {
    const { actor, params, body } = request;
    await assertMayEditPerson(db, actor, params.id);
    if (body.affiliations) await assertAffiliationChangesInScope(db, actor, params.id, body.affiliations);
    return updatePerson(db, params.id, body);
  });
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    route(app, `POST /people/:id/${action}` as const, { access: policy.archive, tags }, async (request) => {
      await assertMayEditPerson(db, request.actor, request.params.id);
      return setPersonArchived(db, request.params.id, archived, request.body?.version);
    });
  }
  await personRightsRoutes(app, deps);
}
