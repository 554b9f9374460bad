import { describe, expect, it } from 'vitest';
import { useTestApp } from '../app.ts';
import { headersOf } from './callers.ts';
import { CALLERS, MATRIX } from './matrix.ts';
import { checkMatrixPart, MATRIX_PARTS, matrixSlice, worldOf } from './matrix-run.ts';

// The matrix's behaviour is checked in four parts (this file and matrix-2..4.test.ts, test/security/matrix-run.ts);
// this file also checks that the matrix and the app's routes are the same set, and `/metrics`.
const METRICS_TOKEN = 'matriks-metrik-0123456789';
const ctx = useTestApp({ metricsToken: METRICS_TOKEN });

describe('authorization matrix', () => {
  it('has an entry for every route, and every entry is a route', () => {
    const routes = [...ctx.app.accessRoutes].sort();
    expect(routes.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('splits the matrix into parts that together hold every route once', () => {
    const parts = Array.from({ length: MATRIX_PARTS }, (_, i) => matrixSlice(i + 1)).flat();
    expect(parts).toEqual(Object.keys(MATRIX));
  });

  // `/metrics` is outside `/api` and the matrix: no role opens it, only the scraper's own token.
  it('refuses GET /metrics to every role, and answers its token', async () => {
    const world = await worldOf(ctx);
    for (const caller of CALLERS) {
      const headers = await headersOf(ctx, caller, world);
      const response = await ctx.app.inject({ url: '/metrics', headers });
      expect(response.statusCode, caller).toBe(401);
    }
    const scraper = await ctx.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scraper.statusCode).toBe(200);
  });
});

checkMatrixPart(1, ctx);
