import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { centerNetworkAccess } from '../access/network.policy.ts';

import { compareCenters } from './compare.service.ts';
import { comparisonWorkbook } from './compare-xlsx.ts';

const tags = ['analysis'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `GET /analysis/compare` (JSON) and `GET /analysis/compare.xlsx` (the same rows as a workbook). */
export async function compareRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /analysis/compare',
    {
      access: centerNetworkAccess,
      tags: tags,
      summary: 'Centre indicators side by side: up to 10 listed centres, or every centre of a region',
    },
    async (request) => compareCenters(db, request.actor, request.query),
  );

  route(
    app,
    'GET /analysis/compare.xlsx',
    {
      access: centerNetworkAccess,
      tags: tags,
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
}
