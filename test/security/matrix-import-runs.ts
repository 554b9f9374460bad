import type { InjectOptions } from 'fastify';
import { insertImportRun } from '../../src/io/runs/import-runs.repo.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import { adminPost, next } from './world.ts';

const SIGNED_IN = 'YYYYYYYU';
/** Another user's run: only an admin reads it. */
const ADMIN_ONLY = 'YNNNNNNU';

/** A queued run of `userId` (no worker runs in the matrix: it stays queued). */
function runOf(ctx: TestContext, userId: string): Promise<string> {
  return insertImportRun(ctx.db, {
    userId,
    via: 'session',
    language: 'id',
    kind: 'centers',
    format: 'csv',
    fileName: 'sentra.csv',
    bytes: Buffer.from('nama\n'),
    options: { dryRun: false },
    bodyLimit: 1024 * 1024,
    timeoutSeconds: 60,
  });
}

async function someoneElse(ctx: TestContext): Promise<string> {
  return (
    await adminPost(ctx, '/api/users', {
      email: `impor-${next()}@uji.example`,
      displayName: 'I',
      role: 'viewer',
    })
  ).id!;
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });

/** Import runs: started by importers; read by the importing user, or an admin; another user's run is out of scope. */
export const IMPORT_RUN_MATRIX: Record<string, Rule> = {
  'POST /api/import-runs/:kind': {
    inScope: 'YNYNNNNU',
    outOfScope: 'YNYNNNNU',
    request: async (ctx) => ({
      method: 'POST',
      url: '/api/import-runs/centers?fileName=sentra.csv',
      payload: (await ctx.app.inject(get('/api/export/centers?format=csv'))).body,
      headers: { 'content-type': 'text/csv' },
    }),
  },
  'GET /api/import-runs/:id': {
    inScope: SIGNED_IN,
    outOfScope: ADMIN_ONLY,
    request: async (ctx, side, world, caller) => {
      const me = await ctx.app.inject({ url: '/api/auth/me', headers: caller.headers });
      const own = side === world.in && me.statusCode === 200;
      const id = await runOf(ctx, own ? me.json().user.id : await someoneElse(ctx));
      return get(`/api/import-runs/${id}`);
    },
  },
  'GET /api/import-runs': {
    inScope: SIGNED_IN,
    outOfScope: SIGNED_IN,
    request: async () => get('/api/import-runs'),
  },
};
