import type { InjectOptions } from 'fastify';
import type { TestContext } from '../app.ts';
import { buildPoolInput } from '../factories.ts';
import type { Rule } from './matrix.ts';
import { adminPost, type Side } from './world.ts';

/** Pools are read by officers, managers and member firms; researchers and viewers get none. */
const READ_IN = 'YYYYYNNU';
const READ_OUT = 'YYNNNNNU';
/** Run by the admin, officers and managers in scope, and the institution's board (the side's firm is a plain member). */
const MANAGE_IN = 'YNYYNNNU';
const MANAGE_OUT = 'YNNNNNNU';
/** Pledged by the member firm itself, or by officers and managers for the pools of their centres. */
const PLEDGE_IN = 'YNYYYNNU';
const PLEDGE_OUT = 'YNNNNNNU';

const TODAY = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** A fresh pool of the side's institution and centre, advanced by the admin to `stage`. */
async function poolAt(ctx: TestContext, side: Side, stage: 'open' | 'pledged' | 'closed' | 'purchased') {
  let pool = await adminPost(
    ctx,
    '/api/pools',
    buildPoolInput({ institutionId: side.institutionId, centerId: side.centerId, minimumTotal: 10 }),
  );
  if (stage === 'open') return pool;
  pool = await adminPost(ctx, `/api/pools/${pool.id}/pledges`, {
    enterpriseId: side.enterpriseId,
    quantity: 50,
  });
  if (stage === 'pledged') return pool;
  pool = await adminPost(ctx, `/api/pools/${pool.id}/close`, { version: pool.version });
  if (stage === 'closed') return pool;
  return adminPost(ctx, `/api/pools/${pool.id}/purchase`, {
    version: pool.version,
    purchasedOn: TODAY(),
    totalQuantity: 50,
    unitPrice: 12_000,
  });
}

const send = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});
const version = (pool: Record<string, string>) => ({ version: Number(pool.version) });

/** The pools' routes × roles × scope. */
export const POOL_MATRIX: Record<string, Rule> = {
  'GET /api/pools': {
    inScope: READ_IN,
    outOfScope: READ_IN,
    request: async () => ({ method: 'GET', url: '/api/pools' }),
  },
  'POST /api/pools': {
    inScope: MANAGE_IN,
    outOfScope: MANAGE_OUT,
    request: async (_ctx, side) =>
      send(
        'POST',
        '/api/pools',
        buildPoolInput({ institutionId: side.institutionId, centerId: side.centerId }),
      ),
  },
  'GET /api/pools/:id': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (ctx, side) => ({
      method: 'GET',
      url: `/api/pools/${(await poolAt(ctx, side, 'open')).id}`,
    }),
  },
  'PATCH /api/pools/:id': {
    inScope: MANAGE_IN,
    outOfScope: MANAGE_OUT,
    request: async (ctx, side) => {
      const pool = await poolAt(ctx, side, 'open');
      return send('PATCH', `/api/pools/${pool.id}`, { ...version(pool), supplierName: 'UD Pemasok Baru' });
    },
  },
  'POST /api/pools/:id/pledges': {
    inScope: PLEDGE_IN,
    outOfScope: PLEDGE_OUT,
    request: async (ctx, side) => {
      const pool = await poolAt(ctx, side, 'open');
      return send('POST', `/api/pools/${pool.id}/pledges`, { enterpriseId: side.enterpriseId, quantity: 20 });
    },
  },
  'POST /api/pools/:id/withdraw': {
    inScope: PLEDGE_IN,
    outOfScope: PLEDGE_OUT,
    request: async (ctx, side) => {
      const pool = await poolAt(ctx, side, 'pledged');
      return send('POST', `/api/pools/${pool.id}/withdraw`, { enterpriseId: side.enterpriseId });
    },
  },
  'POST /api/pools/:id/close': {
    inScope: MANAGE_IN,
    outOfScope: MANAGE_OUT,
    request: async (ctx, side) => {
      const pool = await poolAt(ctx, side, 'pledged');
      return send('POST', `/api/pools/${pool.id}/close`, version(pool));
    },
  },
  'POST /api/pools/:id/cancel': {
    inScope: MANAGE_IN,
    outOfScope: MANAGE_OUT,
    request: async (ctx, side) => {
      const pool = await poolAt(ctx, side, 'open');
      return send('POST', `/api/pools/${pool.id}/cancel`, version(pool));
    },
  },
  'POST /api/pools/:id/purchase': {
    inScope: MANAGE_IN,
    outOfScope: MANAGE_OUT,
    request: async (ctx, side) => {
      const pool = await poolAt(ctx, side, 'closed');
      return send('POST', `/api/pools/${pool.id}/purchase`, {
        ...version(pool),
        purchasedOn: TODAY(),
        totalQuantity: 50,
        unitPrice: 11_900,
      });
    },
  },
  'POST /api/pools/:id/split': {
    inScope: MANAGE_IN,
    outOfScope: MANAGE_OUT,
    request: async (ctx, side) => {
      const pool = await poolAt(ctx, side, 'purchased');
      return send('POST', `/api/pools/${pool.id}/split`, version(pool));
    },
  },
};
