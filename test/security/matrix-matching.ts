import { requestFor } from '../../src/matching/matching-db.test-helpers.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import type { Side } from './world.ts';

const sideRequests = new Map<string, Promise<string>>();

/** The side's request (posted by its enterprise for its centre), created on first use. */
function sideRequest(ctx: TestContext, side: Side): Promise<string> {
  let id = sideRequests.get(side.enterpriseId);
  if (!id) {
    id = requestFor(ctx, [side.centerId], side.enterpriseId, { processCodes: [] });
    sideRequests.set(side.enterpriseId, id);
  }
  return id;
}

/**
 * Matching (issue #18): a ranking names firms and their conflicts with the poster, so the poster and the
 * officers of a target centre read it (national roles everywhere); a draft's ranking needs what posting
 * it would.
 */
export const MATCHING_MATRIX: Record<string, Rule> = {
  'GET /api/requests/:id/candidates': {
    inScope: 'YYYYYNNU',
    outOfScope: 'YYNNNNNU',
    request: async (ctx, side) => ({
      method: 'GET',
      url: `/api/requests/${await sideRequest(ctx, side)}/candidates`,
    }),
  },
  'POST /api/matching/preview': {
    inScope: 'YNYYYNNU',
    outOfScope: 'YNNNNNNU',
    request: async (_ctx, side) => ({
      method: 'POST',
      url: '/api/matching/preview',
      payload: {
        draft: {
          quantity: 100,
          unit: 'pairs',
          posterEnterpriseId: side.enterpriseId,
          targetCenterIds: [side.centerId],
        },
      },
    }),
  },
};
