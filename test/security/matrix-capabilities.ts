import type { InjectOptions } from 'fastify';
import { buildCapabilityInput } from '../../src/capabilities/capabilities.test-helpers.ts';
import type { Rule } from './matrix.ts';
import { next } from './world.ts';

const SIGNED_IN = 'YYYYYYYU';
/** The taxonomy is edited by admins, the ministry and regional officers (a Dinas); it belongs to no region. */
const TAXONOMY_EDITORS = 'YYYNNNNU';
/** Profiles: the enterprise, its centre manager and regional officer, the ministry and admins; no researcher. */
const PROFILE_IN = 'YYYYYNNU';
const PROFILE_OUT = 'YYNNNNNU';

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const send = (method: InjectOptions['method'], url: string, payload?: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});
const rule = (inScope: string, outOfScope: string, request: Rule['request']): Rule => ({
  inScope,
  outOfScope,
  request,
});
const same = (both: string, request: Rule['request']): Rule => rule(both, both, request);

/** The capability routes (issue #18 point 1) in the route × role matrix. */
export const CAPABILITY_MATRIX: Record<string, Rule> = {
  'GET /api/process-sectors': same(SIGNED_IN, async () => get('/api/process-sectors')),
  'POST /api/process-sectors': same(TAXONOMY_EDITORS, async () =>
    send('POST', '/api/process-sectors', { sectorCode: `matriks_${next()}`, labelId: 'M', labelEn: 'M' }),
  ),
  'POST /api/process-sectors/:sectorCode/processes': same(TAXONOMY_EDITORS, async () =>
    send('POST', '/api/process-sectors/batik/processes', {
      processCode: `matriks_${next()}`,
      labelId: 'M',
      labelEn: 'M',
    }),
  ),
  'POST /api/processes/:processCode/archive': same(TAXONOMY_EDITORS, async () =>
    send('POST', '/api/processes/food.pelabelan/archive'),
  ),
  'POST /api/processes/:processCode/restore': same(TAXONOMY_EDITORS, async () =>
    send('POST', '/api/processes/food.pelabelan/restore'),
  ),
  'GET /api/enterprises/:id/capability': rule(PROFILE_IN, PROFILE_OUT, async (_ctx, side) =>
    get(`/api/enterprises/${side.enterpriseId}/capability`),
  ),
  'PUT /api/enterprises/:id/capability': rule(PROFILE_IN, PROFILE_OUT, async (_ctx, side) =>
    send('PUT', `/api/enterprises/${side.enterpriseId}/capability`, buildCapabilityInput()),
  ),
  'POST /api/enterprises/:id/capability/confirm': rule(PROFILE_IN, PROFILE_OUT, async (_ctx, side) =>
    send('POST', `/api/enterprises/${side.enterpriseId}/capability/confirm`, { spareCapacityPct: 30 }),
  ),
};
