import { randomUUID } from 'node:crypto';
import type { Rule } from './matrix.ts';

/** Collectors: the admin, and officers and managers in scope (`fieldPolicy.collect` + `centerScope`). */
const COLLECT = 'YNYYNNNU';
const COLLECT_OUT = 'YNNNNNNU';

/** Offline field capture's routes × roles × scope (issue #23). */
export const FIELD_MATRIX: Record<string, Rule> = {
  'GET /api/field/centers': {
    inScope: COLLECT,
    outOfScope: COLLECT,
    request: async () => ({ method: 'GET', url: '/api/field/centers' }),
  },
  'GET /api/field/centers/:id/package': {
    inScope: COLLECT,
    outOfScope: COLLECT_OUT,
    request: async (_ctx, side) => ({ method: 'GET', url: `/api/field/centers/${side.centerId}/package` }),
  },
  // Out of scope the request is answered 200 with a per-item `forbidden` (field-sync.routes.test.ts).
  'POST /api/field/sync': {
    inScope: COLLECT,
    outOfScope: COLLECT,
    request: async (_ctx, side) => ({
      method: 'POST',
      url: '/api/field/sync',
      payload: {
        changes: [
          {
            clientChangeId: randomUUID(),
            centerId: side.centerId,
            kind: 'enterprise.update',
            collectedAt: new Date().toISOString(),
            basedOnVersion: 1,
            payload: { enterprise: { id: side.enterpriseId }, changes: { products: 'Sepatu' } },
          },
        ],
      },
    }),
  },
  'GET /api/field/conflicts': {
    inScope: COLLECT,
    outOfScope: COLLECT,
    request: async () => ({ method: 'GET', url: '/api/field/conflicts' }),
  },
  'POST /api/field/conflicts/:id/resolve': {
    inScope: COLLECT,
    outOfScope: COLLECT,
    request: async () => ({
      method: 'POST',
      url: `/api/field/conflicts/${randomUUID()}/resolve`,
      payload: { keep: 'theirs', version: 1 },
    }),
  },
};
