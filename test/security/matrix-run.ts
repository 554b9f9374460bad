/**
 * The authorization matrix, checked in parts: each part file takes one contiguous slice of the matrix's
 * routes (in the matrix's order) against a world of its own, so the parts run on both test workers and no
 * one file holds every route × role × scope request (it had grown to 274 s of a 300 s limit under load).
 */
import { describe, expect, it } from 'vitest';
import type { useTestApp } from '../app.ts';
import { headersOf } from './callers.ts';
import { CALLERS, MATRIX } from './matrix.ts';
import { RESEARCH_CODING_MATRIX } from './matrix-research-coding.ts';
import { RESEARCH_EXCHANGE_MATRIX } from './matrix-research-exchange.ts';
import { RESEARCH_PRIVACY_MATRIX } from './matrix-research-privacy.ts';
import { RESEARCH_SCALES_MATRIX } from './matrix-research-scales.ts';
import { buildWorld } from './world.ts';

/** How many part files check the matrix (test/security/matrix.test.ts and matrix-2..4.test.ts). */
export const MATRIX_PARTS = 4;

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

/** The routes of part `part` (1-based) of `parts`: a contiguous slice of the matrix, in its order. */
export function matrixSlice(part: number, parts = MATRIX_PARTS): string[] {
  const routes = Object.keys(MATRIX);
  const size = Math.ceil(routes.length / parts);
  return routes.slice((part - 1) * size, part * size);
}

const worlds = new WeakMap<ReturnType<typeof useTestApp>, ReturnType<typeof buildWorld>>();

/** The world of a test file's app, built once for all its tests. */
export function worldOf(ctx: ReturnType<typeof useTestApp>): ReturnType<typeof buildWorld> {
  const known = worlds.get(ctx) ?? buildWorld(ctx);
  worlds.set(ctx, known);
  return known;
}

/** Registers the test of part `part`: every route of its slice × role × scope as docs/SECURITY.md says. */
export function checkMatrixPart(part: number, ctx: ReturnType<typeof useTestApp>): void {
  describe(`authorization matrix, part ${part} of ${MATRIX_PARTS}`, () => {
    it('answers every route × role × scope of its part as docs/SECURITY.md says', {
      timeout: 300_000,
    }, async () => {
      const world = await worldOf(ctx);
      const routes = matrixSlice(part);
      const mismatches: string[] = [];
      let checked = 0;
      for (const route of routes) {
        const rule = MATRIX[route];
        if (!rule) continue;
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
      expect(checked).toBe(routes.length * 2 * CALLERS.length);
    });
  });
}
