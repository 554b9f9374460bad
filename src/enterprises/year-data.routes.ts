import { z } from 'zod';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema } from '../shared/pagination.ts';
import {
  assertMayEditEnterprise,
  assertMayReadEnterprise,
  enterprisePolicy as policy,
} from './enterprises.policy.ts';
import { SizeClassReportSchema } from './size-classes.schema.ts';
import {
  EnterpriseYearDeleteQuerySchema,
  EnterpriseYearParamsSchema,
  EnterpriseYearPutSchema,
  EnterpriseYearSchema,
  SizeClassQuerySchema,
} from './year-data.schema.ts';
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
  app.get(
    '/enterprises/:id/years',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: z.array(EnterpriseYearSchema) } },
      config: { access: policy.read },
    },
    async (request) => {
      await assertMayReadEnterprise(db, request.actor, request.params.id);
      return listEnterpriseYears(db, request.params.id);
    },
  );
  app.put(
    '/enterprises/:id/years/:year',
    {
      schema: {
        tags,
        params: EnterpriseYearParamsSchema,
        body: EnterpriseYearPutSchema,
        response: { 200: EnterpriseYearSchema, 201: EnterpriseYearSchema },
      },
      config: { access: policy.edit },
    },
    async (request, reply) => {
      const { id, year } = request.params;
      await assertMayEditEnterprise(db, request.actor, id);
      const result = await putEnterpriseYear(db, id, year, request.body);
      return reply.status(result.created ? 201 : 200).send(result.year);
    },
  );
  app.delete(
    '/enterprises/:id/years/:year',
    {
      schema: { tags, params: EnterpriseYearParamsSchema, querystring: EnterpriseYearDeleteQuerySchema },
      config: { access: policy.edit },
    },
    async (request, reply) => {
      await assertMayEditEnterprise(db, request.actor, request.params.id);
      await deleteEnterpriseYear(db, request.params.id, request.params.year, request.query.source);
      return reply.status(204).send();
    },
  );
  app.get(
    '/enterprises/:id/size-classes',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: SizeClassQuerySchema,
        response: { 200: z.array(SizeClassReportSchema) },
      },
      config: { access: policy.read },
    },
    async (request) => {
      await assertMayReadEnterprise(db, request.actor, request.params.id);
      return getSizeClasses(db, request.params.id, request.query.year);
    },
  );
}
