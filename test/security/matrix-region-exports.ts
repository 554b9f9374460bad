import type { InjectOptions } from 'fastify';
import { insertRegionExport } from '../../src/io/region-exports/region-exports.repo.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, next } from './world.ts';

const SIGNED_IN = 'YYYYYYYU';
/** Another user's export: only an admin reads it. */
const ADMIN_ONLY = 'YNNNNNNU';

/** An export of `userId` (no worker runs in the matrix), queued or, for the file route, done with a file. */
async function exportOf(ctx: TestContext, userId: string, done: boolean): Promise<string> {
  const id = await insertRegionExport(ctx.db, {
    userId,
    via: 'session',
    language: 'id',
    regionCode: '32.73',
    format: 'xlsx',
  });
  if (done) {
    await ctx.db
      .updateTable('region_exports')
      .set({ status: 'done', file_name: 'uji.zip', bytes: Buffer.from('PK'), byte_count: 2 })
      .where('id', '=', id)
      .execute();
  }
  return id;
}

async function someoneElse(ctx: TestContext): Promise<string> {
  return (
    await adminPost(ctx, '/api/users', {
      email: `ekspor-${next()}@uji.example`,
      displayName: 'E',
      role: 'viewer',
    })
  ).id!;
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });

/** The caller's own export on the in-scope side, someone else's on the other. */
async function exportFor(
  ctx: TestContext,
  own: boolean,
  caller: { headers: Record<string, string> },
  done = false,
): Promise<string> {
  const me = await ctx.app.inject({ url: '/api/auth/me', headers: caller.headers });
  return exportOf(ctx, own && me.statusCode === 200 ? me.json().user.id : await someoneElse(ctx), done);
}

/**
 * Region exports: started by exporters for a region in their area (Kota Bandung for the regional officer,
 * not Kab. Jepara); read and downloaded by the user who started it, or an admin.
 */
export const REGION_EXPORT_MATRIX: Record<string, Rule> = {
  'POST /api/region-exports': {
    inScope: 'YYYNNNNU',
    outOfScope: 'YYNNNNNU',
    request: async (_ctx, side, world) => ({
      method: 'POST',
      url: '/api/region-exports',
      payload: { regionCode: side === world.in ? '32.73' : '33.20', format: 'csv' },
    }),
  },
  'GET /api/region-exports/:id': {
    inScope: SIGNED_IN,
    outOfScope: ADMIN_ONLY,
    request: async (ctx, side, world, caller) =>
      get(`/api/region-exports/${await exportFor(ctx, side === world.in, caller)}`),
  },
  'GET /api/region-exports/:id/file': {
    inScope: SIGNED_IN,
    outOfScope: ADMIN_ONLY,
    request: async (ctx, side, world, caller) =>
      get(`/api/region-exports/${await exportFor(ctx, side === world.in, caller, true)}/file`),
  },
  'GET /api/region-exports': {
    inScope: SIGNED_IN,
    outOfScope: SIGNED_IN,
    request: async () => get('/api/region-exports'),
  },
};
