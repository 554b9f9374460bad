import type { InjectOptions } from 'fastify';
import { buildInterventionInput } from '../../src/interventions/interventions.test-helpers.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, type Side } from './world.ts';

/** Interventions are read by officers, the ministry and managers in scope; researchers and viewers get none. */
const READ_IN = 'YYYYNNNU';
const READ_OUT = 'YYNNNNNU';
/** Recorded by the admin, and by officers and managers whose scope covers the centre. */
const RECORD_IN = 'YNYYNNNU';
const RECORD_OUT = 'YNNNNNNU';

/** A fresh intervention of the side's centre. */
async function interventionOf(ctx: TestContext, side: Side): Promise<string> {
  return (await adminPost(ctx, `/api/centers/${side.centerId}/interventions`, buildInterventionInput()))
    .id as string;
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });

/** The interventions' routes × roles × scope. */
export const INTERVENTION_MATRIX: Record<string, Rule> = {
  'GET /api/centers/:id/interventions': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (_ctx, side) => get(`/api/centers/${side.centerId}/interventions`),
  },
  'POST /api/centers/:id/interventions': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (_ctx, side) => ({
      method: 'POST',
      url: `/api/centers/${side.centerId}/interventions`,
      payload: buildInterventionInput() as InjectOptions['payload'],
    }),
  },
  'GET /api/interventions/:id': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (ctx, side) => get(`/api/interventions/${await interventionOf(ctx, side)}`),
  },
  'PATCH /api/interventions/:id': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (ctx, side) => ({
      method: 'PATCH',
      url: `/api/interventions/${await interventionOf(ctx, side)}`,
      payload: { version: 1, title: 'Pelatihan diubah' },
    }),
  },
  'DELETE /api/interventions/:id': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (ctx, side) => ({
      method: 'DELETE',
      url: `/api/interventions/${await interventionOf(ctx, side)}`,
    }),
  },
  'GET /api/interventions/:id/effect': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (ctx, side) => get(`/api/interventions/${await interventionOf(ctx, side)}/effect`),
  },
};
