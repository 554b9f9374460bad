import { readDb } from '../../http/read-db.ts';
import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { centerNetworkAccess } from '../access/network.policy.ts';
import { compareCenters } from './compare.service.ts';
import { comparisonWorkbook } from './compare-xlsx.ts';
import { centerPatterns, patternCounts } from './patterns.service.ts';

const tags = ['analysis'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /analysis/compare` (JSON), `GET /analysis/compare.xlsx` (the same rows as a workbook) and
 * `GET /analysis/patterns` (only the pattern labels, for the overview's centre list) and
 * `GET /analysis/pattern-counts` (those labels counted per child region, for its chart and map).
 */
export async function compareRoutes(app: SimpulApp, deps: AppDeps): Promise<void> {
  const { db } = deps;
  route(
    app,
    'GET /analysis/compare',
    {
      access: centerNetworkAccess,
      tags,
      summary: 'Centre indicators side by side: up to 10 listed centres, or every centre of a region',
    },
    async (request) => compareCenters(db, request.actor, request.query),
  );

  route(
    app,
    'GET /analysis/compare.xlsx',
    {
      access: centerNetworkAccess,
      tags,
      summary: 'The comparison as an Excel workbook (Indonesian headers; `lang=en` for English)',
    },
    async (request, reply) => {
      const comparison = await compareCenters(db, request.actor, request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="simpul-perbandingan-sentra.xlsx"')
        .send(await comparisonWorkbook(comparison));
    },
  );
  route(
    app,
    'GET /analysis/patterns',
    {
      access: centerNetworkAccess,
      tags,
      summary: 'The pattern label of every readable centre of a region (the whole country without one)',
    },
    // May lag: see read-db.ts; a small region's missing results are computed on the primary.
    async (request) => centerPatterns(readDb(deps, request), request.actor, request.query, db),
  );
  route(
    app,
    'GET /analysis/pattern-counts',
    {
      access: centerNetworkAccess,
      tags,
      summary:
        'How many readable centres of a region carry each pattern label, in total and per child region',
    },
    async (request) => patternCounts(readDb(deps, request), request.actor, request.query, db),
  );
}
