import { z } from 'zod';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema } from '../shared/pagination.ts';
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

/** An enterprise's yearly panel (one row per year and source) and the size classes derived from it. */
export async function enterpriseYearRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/enterprises/:id/years',
    { schema: { tags, params: IdParamsSchema, response: { 200: z.array(EnterpriseYearSchema) } } },
    (request) => listEnterpriseYears(db, request.params.id),
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
    },
    async (request, reply) => {
      const { id, year } = request.params;
      const result = await putEnterpriseYear(db, id, year, request.body);
      return reply.status(result.created ? 201 : 200).send(result.year);
    },
  );
  app.delete(
    '/enterprises/:id/years/:year',
    { schema: { tags, params: EnterpriseYearParamsSchema, querystring: EnterpriseYearDeleteQuerySchema } },
    async (request, reply) => {
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
    },
    (request) => getSizeClasses(db, request.params.id, request.query.year),
  );
}
