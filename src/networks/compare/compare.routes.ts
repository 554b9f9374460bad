import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { centerNetworkAccess } from '../access/network.policy.ts';
import {
  CenterPatternsSchema,
  CompareQuerySchema,
  ComparisonSchema,
  PatternsQuerySchema,
} from './compare.schema.ts';
import { compareCenters } from './compare.service.ts';
import { comparisonWorkbook } from './compare-xlsx.ts';
import { centerPatterns } from './patterns.service.ts';

const tags = ['analysis'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /analysis/compare` (JSON), `GET /analysis/compare.xlsx` (the same rows as a workbook) and
 * `GET /analysis/patterns` (only the pattern labels, for the overview at any level).
 */
export async function compareRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/analysis/compare',
    {
      schema: {
        tags,
        summary: 'Centre indicators side by side: up to 10 listed centres, or every centre of a region',
        querystring: CompareQuerySchema,
        response: { 200: ComparisonSchema },
      },
      config: { access: centerNetworkAccess },
    },
    async (request) => compareCenters(db, request.actor, request.query),
  );

  app.get(
    '/analysis/compare.xlsx',
    {
      schema: {
        tags,
        summary: 'The comparison as an Excel workbook (Indonesian headers; `lang=en` for English)',
        querystring: CompareQuerySchema,
      },
      config: { access: centerNetworkAccess },
    },
    async (request, reply) => {
      const comparison = await compareCenters(db, request.actor, request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="simpul-perbandingan-sentra.xlsx"')
        .send(await comparisonWorkbook(comparison));
    },
  );
  app.get(
    '/analysis/patterns',
    {
      schema: {
        tags,
        summary: 'The pattern label of every readable centre of a region (the whole country without one)',
        querystring: PatternsQuerySchema,
        response: { 200: CenterPatternsSchema },
      },
      config: { access: centerNetworkAccess },
    },
    async (request) => centerPatterns(db, request.actor, request.query),
  );
}
