import { randomUUID } from 'node:crypto';
import type { Rule } from './matrix.ts';
import { projectOf } from './matrix-research.ts';

/** Collectors: the admin, and officers and managers in scope (`fieldPolicy.collect` + `centerScope`). */
const COLLECT = 'YNYYNNNU';
const COLLECT_OUT = 'YNNNNNNU';
/** Anyone who may send a sync (collectors and researchers); each change is then checked per item. */
const SYNC = 'YNYYNYNU';
/** Project members: the admin and the researcher lead the `in` project; only the admin the `out` one. */
const MEMBERS_IN = 'YNNNNYNU';
const MEMBERS_OUT = 'YNNNNNNU';

/** A profile update of the side's firm based on `version`. */
const staleUpdate = (centerId: string, enterpriseId: string, version: number) => ({
  clientChangeId: randomUUID(),
  centerId,
  kind: 'enterprise.update',
  collectedAt: new Date().toISOString(),
  basedOnVersion: version,
  payload: { enterprise: { id: enterpriseId }, changes: { products: 'Sepatu' } },
});

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
  // Out of scope (and for a researcher's centre change) the request is answered 200 with a per-item
  // `forbidden` (field-sync.routes.test.ts, field-research.routes.test.ts).
  'GET /api/field/projects/:id/package': {
    inScope: MEMBERS_IN,
    outOfScope: MEMBERS_OUT,
    request: async (ctx, side, world) => ({
      method: 'GET',
      url: `/api/field/projects/${await projectOf(ctx, side, world)}/package`,
    }),
  },
  'POST /api/field/sync': {
    inScope: SYNC,
    outOfScope: SYNC,
    request: async (_ctx, side) => ({
      method: 'POST',
      url: '/api/field/sync',
      payload: {
        changes: [staleUpdate(side.centerId, side.enterpriseId, 1)],
      },
    }),
  },
  'GET /api/field/conflicts': {
    inScope: COLLECT,
    outOfScope: COLLECT,
    request: async () => ({ method: 'GET', url: '/api/field/conflicts' }),
  },
  // The caller's own conflict where it may sync one (an update based on a version the firm never had).
  'POST /api/field/conflicts/:id/resolve': {
    inScope: COLLECT,
    outOfScope: COLLECT,
    request: async (ctx, side, _world, caller) => {
      const synced = await ctx.app.inject({
        method: 'POST',
        url: '/api/field/sync',
        headers: caller.headers,
        payload: { changes: [staleUpdate(side.centerId, side.enterpriseId, 999_999)] },
      });
      const conflictId = synced.statusCode === 200 ? synced.json().results[0].conflictId : null;
      return {
        method: 'POST',
        url: `/api/field/conflicts/${conflictId ?? randomUUID()}/resolve`,
        payload: { keep: 'theirs', version: 1 },
      };
    },
  },
};
