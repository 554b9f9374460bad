import { assertInScope } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertNoNameSearch } from '../people/people.policy.ts';
import {
  assertMayEditEnterprise,
  assertMayReadEnterprise,
  enterpriseAsSeenBy,
  hidesEnterpriseNames,
  enterprisePolicy as policy,
} from './enterprises.policy.ts';
import {
  createEnterprise,
  getEnterprise,
  listEnterprises,
  setEnterpriseArchived,
  updateEnterprise,
} from './enterprises.service.ts';

const tags = ['enterprises'];

/**
 * Enterprises (IKM units): list, read, create, update with optimistic concurrency, archive and restore.
 * Readers see only the enterprises in their scope (researchers see all, pseudonymised); writers only
 * change, and only place enterprises, within theirs.
 */
export async function enterpriseRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(app, 'GET /enterprises', { access: policy.read, tags }, async (request) => {
    const { actor, query } = request;
    assertNoNameSearch(actor, query.q);
    const page = await listEnterprises(db, query, {
      scope: policy.readScope(actor)('enterprises.id'),
      hideNames: hidesEnterpriseNames(actor),
    });
    return { ...page, items: page.items.map((e) => enterpriseAsSeenBy(actor, pseudonymKey, e)) };
  });
  route(app, 'GET /enterprises/:id', { access: policy.read, tags }, async (request) => {
    const { actor, params } = request;
    await assertMayReadEnterprise(db, actor, params.id);
    return enterpriseAsSeenBy(actor, pseudonymKey, await getEnterprise(db, params.id));
  });
  route(app, 'POST /enterprises', { access: policy.register, tags }, async (request, reply) => {
    assertInScope(policy.canPlace(request.actor, request.body.regionCode));
    return reply.status(201).send(await createEnterprise(db, request.body));
  });
  route(app, 'PATCH /enterprises/:id', { access: policy.edit, tags }, async (request) => {
    const { actor, params, body } = request;
    await assertMayEditEnterprise(db, actor, params.id);
    if (body.regionCode !== undefined) assertInScope(policy.canPlace(actor, body.regionCode));
    if (body.pending === false) assertInScope(policy.canVerify(actor));
    return updateEnterprise(db, params.id, body);
  });
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    route(
      app,
      `POST /enterprises/:id/${action}` as const,
      { access: policy.archive, tags },
      async (request) => {
        await assertMayEditEnterprise(db, request.actor, request.params.id);
        return setEnterpriseArchived(db, request.params.id, archived, request.body?.version);
      },
    );
  }
}
