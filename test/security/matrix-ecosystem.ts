import type { Rule } from './matrix.ts';

/**
 * The centre ecosystem index (issue #20, point 4): aggregates and centre names, read as the centre's network
 * analysis is (the national roles and researchers everywhere, the region's officer and the centre's manager
 * for their own centre; never an enterprise user or a viewer). Every listed centre must be readable.
 */
export const ECOSYSTEM_MATRIX: Record<string, Rule> = {
  'GET /api/centers/:id/ecosystem': {
    inScope: 'YYYYNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side) => ({ method: 'GET', url: `/api/centers/${side.centerId}/ecosystem` }),
  },
  'GET /api/ecosystem': {
    inScope: 'YYYYNYNU',
    outOfScope: 'YYNNNYNU',
    request: async (_ctx, side) => ({ method: 'GET', url: `/api/ecosystem?centers=${side.centerId}` }),
  },
};
