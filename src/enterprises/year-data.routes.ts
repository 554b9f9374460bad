import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  assertMayEditEnterprise,
  assertMayReadEnterprise,
  enterprisePolicy as policy,
} from './enterprises.policy.ts';
import {
  deleteEnterpriseYear,
  getSizeClasses,
  listEnterpriseYears,
  putEnterpriseYear,
} from './year-data.service.ts';

const tags = ['enterprises'];

/**
 * An enterprise's yearly panel (one row per year and source) and the size classes derived from it. The
 * figures are not personal data, so researchers read them as they are; the enterprise's scope applies.
 */
export async function enterpriseYearRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /enterprises/:id/years', { access: policy.read, tags: tags }, async (request) => {
    await assertMayReadEnterprise(db, request.actor, request.params.id);
    return listEnterpriseYears(db, request.params.id);
  });
  route(
    app,
    'PUT /enterprises/:id/years/:year',
    { access: policy.edit, tags: tags },
    async (request, reply) => {
      const { id, year } = request.params;
      await assertMayEditEnterprise(db, request.actor, id);
      const result = await putEnterpriseYear(db, id, year, request.body);
      return reply.status(result.created ? 201 : 200).send(result.year);
    },
  );
  route(
    app,
    'DELETE /enterprises/:id/years/:year',
    { access: policy.edit, tags: tags },
    async (request, reply) => {
      await assertMayEditEnterprise(db, request.actor, request.params.id);
      await deleteEnterpriseYear(db, request.params.id, request.params.year, request.query.source);
      return reply.status(204).send();
    },
  );
  route(app, 'GET /enterprises/:id/size-classes', { access: policy.read, tags: tags }, async (request) => {
    await assertMayReadEnterprise(db, request.actor, request.params.id);
    return getSizeClasses(db, request.params.id, request.query.year);
  });
}
