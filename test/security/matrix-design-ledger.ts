import type { InjectOptions } from 'fastify';
import { buildDesignInput, patternImage } from '../../src/design-ledger/design-ledger.test-helpers.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, next, type Side } from './world.ts';

/** Records are read by the admin, the ministry, and officers, managers and firms in scope. */
const READ_IN = 'YYYYYNNU';
const READ_OUT = 'YYNNNNNU';
/** Recorded by the admin, and officers, managers and the firm itself in scope. */
const RECORD_IN = 'YNYYYNNU';
const RECORD_OUT = 'YNNNNNNU';

/** A fresh record of the side's enterprise, recorded by the admin with an image no other call uses. */
async function designOf(ctx: TestContext, side: Side) {
  const image = await patternImage(10_000 + next());
  return adminPost(ctx, '/api/design-ledger', buildDesignInput(side.enterpriseId, [image]));
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const onRecord = (path: (record: Record<string, string>) => string) => async (ctx: TestContext, side: Side) =>
  get(path(await designOf(ctx, side)));

/** The design ledger's routes × roles × scope. */
export const DESIGN_LEDGER_MATRIX: Record<string, Rule> = {
  'GET /api/design-ledger': {
    inScope: READ_IN,
    outOfScope: READ_IN,
    request: async () => get('/api/design-ledger'),
  },
  'POST /api/design-ledger': {
    inScope: RECORD_IN,
    outOfScope: RECORD_OUT,
    request: async (_ctx, side) => ({
      method: 'POST',
      url: '/api/design-ledger',
      payload: buildDesignInput(side.enterpriseId, [await patternImage(20_000 + next())]),
    }),
  },
  'GET /api/design-ledger/verify': {
    inScope: 'YYYYYYYU',
    outOfScope: 'YYYYYYYU',
    request: async () => get('/api/design-ledger/verify'),
  },
  'GET /api/design-ledger/check/:verificationCode': {
    inScope: 'YYYYYYYY',
    outOfScope: 'YYYYYYYY',
    request: onRecord((record) => `/api/design-ledger/check/${record.verificationCode}`),
  },
  'GET /api/design-ledger/images/:id': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: async (ctx, side) => {
      const record = (await designOf(ctx, side)) as unknown as { images: { id: string }[] };
      return get(`/api/design-ledger/images/${record.images[0]?.id}`);
    },
  },
  'GET /api/design-ledger/:id': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: onRecord((record) => `/api/design-ledger/${record.id}`),
  },
  'GET /api/design-ledger/:id/similar': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: onRecord((record) => `/api/design-ledger/${record.id}/similar?within=national`),
  },
  'GET /api/design-ledger/:id/evidence': {
    inScope: READ_IN,
    outOfScope: READ_OUT,
    request: onRecord((record) => `/api/design-ledger/${record.id}/evidence`),
  },
};
