import { assertInScope } from '../auth/policy.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertNoNameSearch } from '../people/people.policy.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import {
  assertMayEditEnterprise,
  assertMayReadEnterprise,
  enterpriseAsSeenBy,
  hidesEnterpriseNames,
  enterprisePolicy as policy,
} from './enterprises.policy.ts';
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

/**
 * Enterprises (IKM units): list, read, create, update with optimistic concurrency, archive and restore.
 * Readers see only the enterprises in their scope (researchers see all, pseudonymised); writers only
 * change, and only place enterprises, within theirs.
 */
export async function enterpriseRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  app.get(
    '/enterprises',
    {
      schema: { tags, querystring: EnterpriseListQuerySchema, response: { 200: pageOf(EnterpriseSchema) } },
      config: { access: policy.read },
    },
    async (request) => {
      const { actor, query } = request;
      assertNoNameSearch(actor, query.q);
      const page = await listEnterprises(db, query, {
        scope: policy.readScope(actor)('enterprises.id'),
        hideNames: hidesEnterpriseNames(actor),
      });
      return { ...page, items: page.items.map((e) => enterpriseAsSeenBy(actor, pseudonymKey, e)) };
    },
  );
  app.get(
    '/enterprises/:id',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: EnterpriseDetailSchema } },
      config: { access: policy.read },
    },
    async (request) => {
      const { actor, params } = request;
      await assertMayReadEnterprise(db, actor, params.id);
      return enterpriseAsSeenBy(actor, pseudonymKey, await getEnterprise(db, params.id));
    },
  );
  app.post(
    '/enterprises',
    {
      schema: { tags, body: EnterpriseCreateSchema, response: { 201: EnterpriseDetailSchema } },
      config: { access: policy.register },
    },
    async (request, reply) => {
      assertInScope(policy.canPlace(request.actor, request.body.regionCode));
      return reply.status(201).send(await createEnterprise(db, request.body));
    },
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
      config: { access: policy.edit },
    },
    async (request) => {
      const { actor, params, body } = request;
      await assertMayEditEnterprise(db, actor, params.id);
      if (body.regionCode !== undefined) assertInScope(policy.canPlace(actor, body.regionCode));
      return updateEnterprise(db, params.id, body);
    },
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
        config: { access: policy.archive },
      },
      async (request) => {
        await assertMayEditEnterprise(db, request.actor, request.params.id);
        return setEnterpriseArchived(db, request.params.id, archived, request.body?.version);
      },
    );
  }
}
