import { expect } from 'vitest';
import type { TestContext } from '../../test/app.ts';
import { createCenter, createEnterprise } from '../memberships/memberships.test-helpers.ts';

/** A centre in Kota Bandung with two member firms that fall out (a copier and an originator). */
export interface CaseWorld {
  centerId: string;
  copier: string;
  originator: string;
}

/** Builds a centre with two member firms. */
export async function caseWorld(ctx: TestContext): Promise<CaseWorld> {
  const centerId = await createCenter(ctx);
  const copier = await createEnterprise(ctx);
  const originator = await createEnterprise(ctx);
  for (const enterpriseId of [copier, originator]) {
    await send(ctx, 'POST', '/api/center-memberships', { centerId, enterpriseId, validFrom: '2015-01-01' });
  }
  return { centerId, copier, originator };
}

/** A valid body for `POST /api/cases`: design copying between the world's two firms. */
export function buildCaseInput(world: CaseWorld, overrides: Record<string, unknown> = {}) {
  return {
    centerId: world.centerId,
    caseType: 'DESIGN_COPYING',
    severity: 'medium',
    title: 'Motif batik mega mendung dijiplak',
    description: 'Motif yang dipamerkan Maret ditiru dan dijual lebih murah.',
    parties: [
      { partyKind: 'enterprise', partyId: world.originator, side: 'complainant' },
      { partyKind: 'enterprise', partyId: world.copier, side: 'respondent' },
    ],
    ...overrides,
  };
}

/** Sends as the admin (or with `headers`), failing on anything but 2xx; returns the body. */
export async function send(
  ctx: TestContext,
  method: 'POST' | 'PATCH',
  url: string,
  payload: unknown,
  headers?: Record<string, string>,
) {
  const response = await ctx.app.inject({
    method,
    url,
    payload: payload as Record<string, unknown>,
    ...(headers && { headers }),
  });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
}

/** Opens a case as the admin and moves it through `statuses` in order; returns the case as it ends. */
export async function caseAt(
  ctx: TestContext,
  world: CaseWorld,
  statuses: readonly string[],
  overrides = {},
) {
  let kase = await send(ctx, 'POST', '/api/cases', buildCaseInput(world, overrides));
  for (const status of statuses) {
    kase = await send(ctx, 'POST', `/api/cases/${kase.id}/move`, { version: kase.version, status });
  }
  return kase;
}

/** The path through the flow to a case in mediation. */
export const TO_MEDIATION = ['verifying', 'mediation_scheduled', 'in_mediation'] as const;
