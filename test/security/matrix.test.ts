import { describe, expect, it } from 'vitest';
import { useTestApp } from '../app.ts';
import { headersOf } from './callers.ts';
import { CALLERS, MATRIX } from './matrix.ts';
import { RESEARCH_CODING_MATRIX } from './matrix-research-coding.ts';
import { RESEARCH_EXCHANGE_MATRIX } from './matrix-research-exchange.ts';
import { RESEARCH_PRIVACY_MATRIX } from './matrix-research-privacy.ts';
import { RESEARCH_SCALES_MATRIX } from './matrix-research-scales.ts';
import { buildWorld } from './world.ts';

const METRICS_TOKEN = 'matriks-metrik-0123456789';
const ctx = useTestApp({ metricsToken: METRICS_TOKEN });
let built: ReturnType<typeof buildWorld> | undefined;
/** The world, built once for the file's tests. */
const theWorld = () => {
  built ??= buildWorld(ctx);
  return built;
};

/** Routes whose matrix request cannot succeed even for the admin (checked for authorization only). */
const NOT_2XX_FOR_ADMIN = new Set([
  'POST /api/auth/password', // test users have no password to confirm
  'DELETE /api/users/:id/tokens/:tokenId', // the target user has no tokens
  'POST /api/notifications/:id/read', // out of scope: another user's notification, refused to the admin too
  ...Object.keys(RESEARCH_CODING_MATRIX), // out of scope: a project the admin is not a member of, refused to the admin too
  ...Object.keys(RESEARCH_EXCHANGE_MATRIX), // the same for the exchange and attachments
  // Out of scope: a research project the admin is not a member of (content is read by members only).
  'POST /api/research/evidence',
  'DELETE /api/research/evidence/:id',
  'GET /api/research/projects/:id/evidence',
  // Out of scope: a project the admin is not a member of; in scope the body names no firm of its centres.
  ...Object.keys(RESEARCH_SCALES_MATRIX),
  ...Object.keys(RESEARCH_PRIVACY_MATRIX), // the same: members only, the admin too
]);

const EXPECTED = { Y: 'allowed', N: '403', U: '401' } as const;

function outcome(status: number): string {
  if (status === 401) return '401';
  if (status === 403) return '403';
  return 'allowed';
}

describe('authorization matrix', () => {
  it('has an entry for every route, and every entry is a route', () => {
    const routes = [...ctx.app.accessRoutes].sort();
    expect(routes.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers every route × role × scope as docs/SECURITY.md says', { timeout: 300_000 }, async () => {
    const world = await theWorld();
    const mismatches: string[] = [];
    let checked = 0;
    for (const [route, rule] of Object.entries(MATRIX)) {
      for (const scope of ['in', 'out'] as const) {
        const expectations = scope === 'in' ? rule.inScope : rule.outOfScope;
        for (const [index, caller] of CALLERS.entries()) {
          const headers = await headersOf(ctx, caller, world);
          const request = await rule.request(ctx, world[scope], world, { headers });
          const response = await ctx.app.inject({
            ...request,
            headers: { ...(request.headers ?? {}), ...headers },
          });
          const want = EXPECTED[expectations[index] as keyof typeof EXPECTED];
          const got = outcome(response.statusCode);
          checked += 1;
          if (response.statusCode >= 500) {
            mismatches.push(`${route} [${scope}] ${caller}: ${response.statusCode} ${response.body}`);
          } else if (caller === 'admin' && response.statusCode >= 300 && !NOT_2XX_FOR_ADMIN.has(route)) {
            // The admin's calls prove each request is well-formed, so an "allowed" elsewhere is not a 400 in disguise.
            mismatches.push(
              `${route} [${scope}] admin: not a success: ${response.statusCode} ${response.body.slice(0, 160)}`,
            );
          } else if (got !== want) {
            mismatches.push(
              `${route} [${scope}] ${caller}: want ${want}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(Object.keys(MATRIX).length * 2 * CALLERS.length);
  });

  // `/metrics` is outside `/api` and the matrix: no role opens it, only the scraper's own token.
  it('refuses GET /metrics to every role, and answers its token', async () => {
    const world = await theWorld();
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
