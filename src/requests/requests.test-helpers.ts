import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { AuthHeaders, TestContext } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { todayWib } from '../shared/periods.ts';

/** A day `days` from today (WIB), as `YYYY-MM-DD`. */
export function inDays(days: number): string {
  return new Date(new Date(`${todayWib()}T00:00:00Z`).getTime() + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** A centre with a poster firm and makers, all members, each firm with its own enterprise account. */
export interface Market {
  centerId: string;
  poster: string;
  makers: string[];
  as: Record<string, AuthHeaders>;
}

async function post(ctx: TestContext, url: string, payload: unknown): Promise<Record<string, string>> {
  const response = await ctx.app.inject({
    method: 'POST',
    url,
    payload: payload as InjectOptions['payload'],
  });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
}

/** A new member firm of `centerId`. */
export async function memberFirm(
  ctx: TestContext,
  centerId: string,
  village = '32.73.17.1003',
): Promise<string> {
  const firm = await post(ctx, '/api/enterprises', buildEnterpriseInput({ regionCode: village }));
  await post(ctx, '/api/center-memberships', { centerId, enterpriseId: firm.id, validFrom: '2015-01-01' });
  return firm.id as string;
}

/** A centre of `village` with one poster firm and `makers` maker firms. */
export async function market(ctx: TestContext, makers = 3, village = '32.73.17.1003'): Promise<Market> {
  const center = await post(ctx, '/api/centers', buildCenterInput({ regionCodes: [village] }));
  const centerId = center.id as string;
  const poster = await memberFirm(ctx, centerId, village);
  const makerIds: string[] = [];
  for (let i = 0; i < makers; i += 1) makerIds.push(await memberFirm(ctx, centerId, village));
  const as: Record<string, AuthHeaders> = {};
  for (const firm of [poster, ...makerIds]) as[firm] = await ctx.as('enterprise', { enterprises: [firm] });
  return { centerId, poster, makers: makerIds, as };
}

/** A request body from `poster` to `centerId`'s firms, answers due in a week, delivery in a month. */
export function requestBody(
  poster: string | null,
  centerId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    ...(poster ? { posterEnterpriseId: poster } : { buyerName: 'PT Pembeli Luar' }),
    product: 'Sepatu pantofel pria',
    processCodes: ['footwear.lasting'],
    quantity: 2000,
    unit: 'pasang',
    targetUnitPrice: 65000,
    answerDeadline: inDays(7),
    deliveryDate: inDays(30),
    tieType: 'ORDER_SHARING',
    targetCenterIds: [centerId],
    ...overrides,
  };
}

/** Sends a request as `headers` (the admin when omitted) and returns the response. */
export function call(
  ctx: TestContext,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers?: AuthHeaders,
) {
  return ctx.app.inject({
    method,
    url,
    ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
    ...(headers && { headers }),
  });
}

/** Creates and publishes a request of `m`'s poster (as the admin); returns the open request. */
export async function openRequest(ctx: TestContext, m: Market, overrides: Record<string, unknown> = {}) {
  const created = await call(ctx, 'POST', '/api/requests', requestBody(m.poster, m.centerId, overrides));
  expect(created.statusCode, created.body).toBe(201);
  const opened = await call(ctx, 'POST', `/api/requests/${created.json().id}/submit`, { version: 1 });
  expect(opened.statusCode, opened.body).toBe(200);
  return opened.json() as { id: string; version: number; status: string };
}

/** `maker` answers the request as itself; returns the answer. */
export async function answerAs(
  ctx: TestContext,
  m: Market,
  requestId: string,
  maker: string,
  quantityOffered = 1000,
) {
  const response = await call(
    ctx,
    'POST',
    `/api/requests/${requestId}/answers`,
    { unitPrice: 60000, quantityOffered, readyOn: inDays(25) },
    m.as[maker],
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
}
