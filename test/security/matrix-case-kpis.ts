import type { Rule } from './matrix.ts';

/**
 * Conflict-case KPIs (issue #19): suppressed aggregates. A centre's are read as its partnership KPIs are
 * (national roles and researchers everywhere, the region's officer and the centre's manager for their own
 * centre); a region's by the national roles, researchers and the region's officer, never a centre manager.
 */
export const CASE_KPI_MATRIX: Record<string, Rule> = {
  'GET /api/centers/:id/case-kpis': {
    inScope: 'YYYYNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side) => ({
      method: 'GET',
      url: `/api/centers/${side.centerId}/case-kpis?from=2025-01-01&to=2026-12-31`,
    }),
  },
  'GET /api/regions/:code/case-kpis': {
    inScope: 'YYYNNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side) => ({
      method: 'GET',
      // The side's kabupaten/kota: the first two parts of its village code.
      url: `/api/regions/${side.village.split('.').slice(0, 2).join('.')}/case-kpis`,
    }),
  },
};
