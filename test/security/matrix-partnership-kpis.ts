import type { Rule } from './matrix.ts';

/**
 * Partnership KPIs (issue #18, point 6): aggregates without names, readable as the centre's network
 * analysis is (the national roles and researchers everywhere, the region's officer and the centre's
 * manager for their own centre; never an enterprise user or a viewer).
 */
export const PARTNERSHIP_KPI_MATRIX: Record<string, Rule> = {
  'GET /api/centers/:id/partnership-kpis': {
    inScope: 'YYYYNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side) => ({
      method: 'GET',
      url: `/api/centers/${side.centerId}/partnership-kpis?from=2025-01-01&to=2026-12-31`,
    }),
  },
};
