import type { Rule } from './matrix.ts';

/**
 * The printable reports (issue #20 point 6): a centre's is read as its network is (national roles and
 * researchers everywhere, the region's officer and the centre's manager for their own centre); a region's
 * too, holding only the centres the reader may read, refused when they may read none of them.
 */
export const REPORT_MATRIX: Record<string, Rule> = {
  'GET /api/centers/:id/report.pdf': {
    inScope: 'YYYYNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side) => ({ method: 'GET', url: `/api/centers/${side.centerId}/report.pdf` }),
  },
  'GET /api/regions/:code/report.pdf': {
    inScope: 'YYYYNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side) => ({
      method: 'GET',
      // The side's kabupaten/kota: the first two parts of its village code.
      url: `/api/regions/${side.village.split('.').slice(0, 2).join('.')}/report.pdf`,
    }),
  },
};
