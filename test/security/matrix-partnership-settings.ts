import type { Rule } from './matrix.ts';

/**
 * A centre's partnership settings (issue #18): read by the national roles and by those who run the
 * centre (its region's officer, its manager); changed by the admin and those same officers only.
 */
export const PARTNERSHIP_SETTINGS_MATRIX: Record<string, Rule> = {
  'GET /api/centers/:id/partnership-settings': {
    inScope: 'YYYYNNNU',
    outOfScope: 'YYNNNNNU',
    request: async (_ctx, side) => ({
      method: 'GET',
      url: `/api/centers/${side.centerId}/partnership-settings`,
    }),
  },
  'PUT /api/centers/:id/partnership-settings': {
    inScope: 'YNYYNNNU',
    outOfScope: 'YNNNNNNU',
    // Any answer but 401/403 is an allowed call, so a stale version (409) after an earlier caller is fine.
    request: async (_ctx, side) => ({
      method: 'PUT',
      url: `/api/centers/${side.centerId}/partnership-settings`,
      payload: { requestReviewRequired: false, weights: {}, version: 0 },
    }),
  },
};
