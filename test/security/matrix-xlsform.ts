import type { Rule } from './matrix.ts';

/** Collectors: the admin, and officers and managers in scope (`fieldPolicy.collect` + `centerScope`). */
const COLLECT = 'YNYYNNNU';
const COLLECT_OUT = 'YNNNNNNU';

/** The XLSForm download (issue #23 point 4): collectors, and a centre's member list only within scope. */
export const XLSFORM_MATRIX: Record<string, Rule> = {
  'GET /api/field/xlsform/:questionnaire.xlsx': {
    inScope: COLLECT,
    outOfScope: COLLECT_OUT,
    request: async (_ctx, side) => ({
      method: 'GET',
      url: `/api/field/xlsform/name-generator.xlsx?centerId=${side.centerId}`,
    }),
  },
};
