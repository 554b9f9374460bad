import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertMayFilterAggregates, requestAggregatesPolicy as policy } from './request-aggregates.policy.ts';
import { queryRequestAggregates } from './request-aggregates.service.ts';
import { requestAggregatesCsv } from './request-aggregates-csv.ts';

const tags = ['requests'];
const description =
  'Over the requests whose day (publication, else creation) falls in the period (default the last 12 months), ' +
  "in the reader's scope; no firm is named and a cell of fewer than 3 is null (suppressed).";

/** `GET /requests/aggregates[.csv]`: pseudonymised request aggregates for researchers and officers. */
export async function requestAggregateRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /requests/aggregates',
    {
      access: policy.read,
      tags,
      summary:
        'Requests in aggregate: by status, process and quarter, response rate, days to award, volume by size',
      description,
    },
    async (request) => {
      await assertMayFilterAggregates(db, request.actor, request.query);
      return queryRequestAggregates(db, request.actor, request.query);
    },
  );
  route(
    app,
    'GET /requests/aggregates.csv',
    { access: policy.read, tags, summary: 'The request aggregates as a CSV table', description },
    async (request, reply) => {
      await assertMayFilterAggregates(db, request.actor, request.query);
      const csv = requestAggregatesCsv(await queryRequestAggregates(db, request.actor, request.query));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="simpul-request-aggregates.csv"')
        .send(csv);
    },
  );
}
