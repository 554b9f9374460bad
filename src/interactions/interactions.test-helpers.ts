import { expect } from 'vitest';
import type { TestContext } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput, buildInteractionInput } from '../../test/factories.ts';

/** A village in Kota Bandung (32.73) and one in Kab. Jepara (33.20). */
export const BANDUNG = '32.73.17.1003';
export const JEPARA = '33.20.11.2001';

/** POSTs as the admin (or `headers`) and returns the body, failing on anything but 201. */
export async function created(
  ctx: TestContext,
  url: string,
  payload: Record<string, unknown>,
): Promise<Record<string, string>> {
  const response = await ctx.app.inject({ method: 'POST', url, payload });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(201);
  return response.json();
}

/** A new enterprise's id, located in `village`. */
export async function enterpriseIn(ctx: TestContext, village = BANDUNG): Promise<string> {
  return (await created(ctx, '/api/enterprises', buildEnterpriseInput({ regionCode: village }))).id!;
}

/** A new centre in `village` with the given member enterprises (members from 2015-01-01). */
export async function centerWith(ctx: TestContext, members: string[], village = BANDUNG): Promise<string> {
  const center = (await created(ctx, '/api/centers', buildCenterInput({ regionCodes: [village] }))).id!;
  for (const enterpriseId of members) {
    await created(ctx, '/api/center-memberships', {
      centerId: center,
      enterpriseId,
      validFrom: '2015-01-01',
    });
  }
  return center;
}

/** Records a tie as the admin and returns it. */
export async function tie(
  ctx: TestContext,
  from: string,
  to: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { id: string; version: number }> {
  const body = await created(ctx, '/api/interactions', buildInteractionInput(from, to, overrides));
  return body as unknown as Record<string, unknown> & { id: string; version: number };
}

/** Ids of the ties a list request returns, with its total. */
export async function listIds(
  ctx: TestContext,
  query: string,
  headers?: Record<string, string>,
): Promise<{ ids: string[]; total: number; status: number }> {
  const response = await ctx.app.inject({ url: `/api/interactions${query}`, ...(headers && { headers }) });
  if (response.statusCode !== 200) return { ids: [], total: 0, status: response.statusCode };
  const body = response.json();
  return { ids: body.items.map((i: { id: string }) => i.id), total: body.total, status: 200 };
}
