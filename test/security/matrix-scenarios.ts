import type { InjectOptions } from 'fastify';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, next, type Side } from './world.ts';

/** Whoever reads the centre's network (researchers everywhere, pseudonymised) simulates and reads scenarios. */
const NETWORK_IN = 'YYYYNYNU';
const NETWORK_OUT = 'YYNNNYNU';
/** Only the author (here the admin) and a manager of the centre delete a scenario. */
const DELETE_IN = 'YNNYNNNU';
const DELETE_OUT = 'YNNNNNNU';

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const edits = (side: Side) => [{ action: 'removeFirm', firm: side.enterpriseId }];

/** A fresh scenario of the side's centre, saved by the admin. */
async function scenarioOf(ctx: TestContext, side: Side) {
  return adminPost(ctx, `/api/centers/${side.centerId}/scenarios`, {
    name: `Skenario ${next()}`,
    edits: edits(side),
  });
}

/** What-if simulation and saved scenarios: routes × roles × scope. */
export const SCENARIO_MATRIX: Record<string, Rule> = {
  'POST /api/centers/:id/what-if': {
    inScope: NETWORK_IN,
    outOfScope: NETWORK_OUT,
    request: async (_ctx, side) => ({
      method: 'POST',
      url: `/api/centers/${side.centerId}/what-if`,
      payload: { edits: edits(side) },
    }),
  },
  'GET /api/centers/:id/what-if/suggestions': {
    inScope: NETWORK_IN,
    outOfScope: NETWORK_OUT,
    request: async (_ctx, side) => get(`/api/centers/${side.centerId}/what-if/suggestions?k=3`),
  },
  'GET /api/centers/:id/scenarios': {
    inScope: NETWORK_IN,
    outOfScope: NETWORK_OUT,
    request: async (_ctx, side) => get(`/api/centers/${side.centerId}/scenarios`),
  },
  'POST /api/centers/:id/scenarios': {
    inScope: NETWORK_IN,
    outOfScope: NETWORK_OUT,
    request: async (_ctx, side) => ({
      method: 'POST',
      url: `/api/centers/${side.centerId}/scenarios`,
      payload: { name: `Skenario ${next()}`, edits: edits(side) },
    }),
  },
  'GET /api/scenarios/:id': {
    inScope: NETWORK_IN,
    outOfScope: NETWORK_OUT,
    request: async (ctx, side) => get(`/api/scenarios/${(await scenarioOf(ctx, side)).id}`),
  },
  'DELETE /api/scenarios/:id': {
    inScope: DELETE_IN,
    outOfScope: DELETE_OUT,
    request: async (ctx, side) => ({
      method: 'DELETE',
      url: `/api/scenarios/${(await scenarioOf(ctx, side)).id}`,
    }),
  },
};
