import type { Rule } from './matrix.ts';

/**
 * Request aggregates (issue #18): counts without firms, for the national roles and researchers everywhere,
 * and for the region's officer and the centre's manager over their own centre (another centre is refused);
 * never an enterprise user or a viewer.
 */
const aggregates = (path: string): Rule => ({
  inScope: 'YYYYNYNU',
  outOfScope: 'YYNNNYNU',
  request: async (_ctx, side) => ({
    method: 'GET',
    url: `/api/${path}?centerId=${side.centerId}&from=2025-01-01&to=2026-12-31`,
  }),
});

/** The matrix rows of the request aggregates. */
export const REQUEST_AGGREGATE_MATRIX: Record<string, Rule> = {
  'GET /api/requests/aggregates': aggregates('requests/aggregates'),
  'GET /api/requests/aggregates.csv': aggregates('requests/aggregates.csv'),
};
