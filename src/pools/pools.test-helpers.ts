import { expect } from 'vitest';
import type { TestContext } from '../../test/app.ts';
import { buildPoolInput } from '../../test/factories.ts';
import {
  createCenter,
  createEnterprise,
  createInstitution,
} from '../memberships/memberships.test-helpers.ts';

/** A koperasi serving a centre, with members (the first on the board) and nothing else. */
export interface PoolWorld {
  centerId: string;
  institutionId: string;
  members: string[];
  outsider: string;
}

/** Builds a centre, a koperasi serving it, `count` member firms (the first on the board) and one outsider. */
export async function poolWorld(ctx: TestContext, count = 3): Promise<PoolWorld> {
  const centerId = await createCenter(ctx);
  const institutionId = await createInstitution(ctx, { type: 'cooperative', centerIds: [centerId] });
  const members: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = await createEnterprise(ctx);
    await post(ctx, '/api/center-memberships', { centerId, enterpriseId: id, validFrom: '2015-01-01' });
    await post(ctx, '/api/institution-memberships', {
      institutionId,
      enterpriseId: id,
      validFrom: '2015-01-01',
      role: i === 0 ? 'chair' : 'member',
    });
    members.push(id);
  }
  return { centerId, institutionId, members, outsider: await createEnterprise(ctx) };
}

/** POSTs as the admin, failing on anything but 2xx; returns the body. */
export async function post(ctx: TestContext, url: string, payload: unknown) {
  const response = await ctx.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
}

/** Opens a pool of the world's koperasi (as the admin) and returns it. */
export async function openPool(ctx: TestContext, world: PoolWorld, overrides: Record<string, unknown> = {}) {
  return post(
    ctx,
    '/api/pools',
    buildPoolInput({ institutionId: world.institutionId, centerId: world.centerId, ...overrides }),
  );
}
