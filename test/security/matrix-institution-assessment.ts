import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION } from '../../src/institution-assessment/questionnaire.ts';
import type { Rule } from './matrix.ts';

/** Read by the admin, the ministry, officers and managers in scope, and the institution's member firms. */
const READ_IN = 'YYYYYNNU';
const READ_OUT = 'YYNNNNNU';
/** Answered by the admin and the institution's board only (the side's firm is a plain member). */
const ANSWER = 'YNNNNNNU';

const ANSWERS = Object.fromEntries(QUESTIONNAIRE.map((item) => [item.id, item.scale === 'yes_no' ? 1 : 2]));

/** The institution self-assessment's routes × roles × scope (issue #20). */
export const INSTITUTION_ASSESSMENT_MATRIX: Record<string, Rule> = {
  'GET /api/institutions/:id/assessment-preview': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (_ctx, side) => ({
      method: 'GET',
      url: `/api/institutions/${side.institutionId}/assessment-preview`,
    }),
  },
  'GET /api/institutions/:id/assessments': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (_ctx, side) => ({
      method: 'GET',
      url: `/api/institutions/${side.institutionId}/assessments`,
    }),
  },
  'POST /api/institutions/:id/assessments': {
    inScope: ANSWER,
    outOfScope: ANSWER,
    request: async (_ctx, side) => ({
      method: 'POST',
      url: `/api/institutions/${side.institutionId}/assessments`,
      payload: { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: ANSWERS },
    }),
  },
};
