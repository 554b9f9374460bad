import type { InjectOptions } from 'fastify';
import { inDays, requestBody } from '../../src/requests/requests.test-helpers.ts';
import type { TestContext } from '../app.ts';
import { buildEnterpriseInput } from '../factories.ts';
import type { Rule } from './matrix.ts';
import { adminPost, type Side } from './world.ts';

/** Readers of requests: no researchers or viewers (quotes and firm names are business secrets). */
const READ_IN = 'YYYYYNNU';
const READ_OUT = 'YYNNNNNU';
/** The poster's side, or a firm (or an officer for it): the side's own records only. */
const ACT_IN = 'YNYYYNNU';
const ACT_OUT = 'YNNNNNNU';
/** An officer of a target centre decides a review. */
const REVIEW_IN = 'YNYYNNNU';

const rule = (inScope: string, outOfScope: string, request: Rule['request']): Rule => ({
  inScope,
  outOfScope,
  request,
});
const send = (method: InjectOptions['method'], url: string, payload?: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});

/** A new firm of the side's village, member of its centre. */
async function freshFirm(ctx: TestContext, side: Side): Promise<string> {
  const firm = await adminPost(ctx, '/api/enterprises', buildEnterpriseInput({ regionCode: side.village }));
  await adminPost(ctx, '/api/center-memberships', {
    centerId: side.centerId,
    enterpriseId: firm.id,
    validFrom: '2015-01-01',
  });
  return firm.id as string;
}

/** A draft of `poster` (the side's enterprise by default) aimed at the side's centre. */
async function draft(
  ctx: TestContext,
  side: Side,
  poster = side.enterpriseId,
  extra: Record<string, unknown> = {},
) {
  return (await adminPost(ctx, '/api/requests', requestBody(poster, side.centerId, extra))).id as string;
}

/** A published request; returns its id and version. */
async function opened(ctx: TestContext, side: Side, poster: string, extra: Record<string, unknown> = {}) {
  const id = await draft(ctx, side, poster, extra);
  await adminPost(ctx, `/api/requests/${id}/submit`, { version: 1 });
  return id;
}

/** `firm` answers a published request of `poster`; returns the request and the answer. */
async function answered(ctx: TestContext, side: Side, poster: string, firm: string) {
  const id = await opened(ctx, side, poster);
  const answer = await adminPost(ctx, `/api/requests/${id}/answers`, {
    enterpriseId: firm,
    quantityOffered: 50,
    readyOn: inDays(20),
  });
  return { id, answerId: answer.id as string };
}

/** An award of a closed request: poster → supplier; returns the award id (version 1). */
async function awarded(ctx: TestContext, side: Side, poster: string, supplier: string): Promise<string> {
  const { id, answerId } = await answered(ctx, side, poster, supplier);
  await adminPost(ctx, `/api/requests/${id}/close`, { version: 2 });
  const result = (await adminPost(ctx, `/api/requests/${id}/awards`, {
    version: 3,
    awards: [{ answerId, awardQuantity: 40 }],
  })) as unknown as { items: { id: string }[] };
  return result.items[0]?.id as string;
}

/** The request routes (issue #18): the `in` side's requests are Bandung's, posted by or answered as its firm. */
export const REQUEST_MATRIX: Record<string, Rule> = {
  'GET /api/requests': rule(READ_IN, READ_IN, async () => send('GET', '/api/requests')),
  'POST /api/requests': rule(ACT_IN, ACT_OUT, async (_ctx, side) =>
    send('POST', '/api/requests', requestBody(side.enterpriseId, side.centerId)),
  ),
  'GET /api/requests/:id': rule(READ_IN, READ_OUT, async (ctx, side) =>
    send('GET', `/api/requests/${await draft(ctx, side)}`),
  ),
  'PATCH /api/requests/:id': rule(ACT_IN, ACT_OUT, async (ctx, side) =>
    send('PATCH', `/api/requests/${await draft(ctx, side)}`, { version: 1, quantity: 5 }),
  ),
  'POST /api/requests/:id/submit': rule(ACT_IN, ACT_OUT, async (ctx, side) =>
    send('POST', `/api/requests/${await draft(ctx, side)}/submit`, { version: 1 }),
  ),
  'POST /api/requests/:id/review': rule(REVIEW_IN, ACT_OUT, async (ctx, side) => {
    const id = await draft(ctx, side, side.enterpriseId, { reviewRequired: true });
    await adminPost(ctx, `/api/requests/${id}/submit`, { version: 1 });
    return send('POST', `/api/requests/${id}/review`, { version: 2, decision: 'approve' });
  }),
  'POST /api/requests/:id/close': rule(ACT_IN, ACT_OUT, async (ctx, side) =>
    send('POST', `/api/requests/${await opened(ctx, side, side.enterpriseId)}/close`, { version: 2 }),
  ),
  'POST /api/requests/:id/cancel': rule(ACT_IN, ACT_OUT, async (ctx, side) =>
    send('POST', `/api/requests/${await draft(ctx, side)}/cancel`, { version: 1 }),
  ),
  'POST /api/requests/:id/invitations': rule(ACT_IN, ACT_OUT, async (ctx, side) =>
    send('POST', `/api/requests/${await draft(ctx, side)}/invitations`, {
      enterpriseIds: [await freshFirm(ctx, side)],
    }),
  ),
  'POST /api/requests/:id/invitation-reply': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const id = await opened(ctx, side, await freshFirm(ctx, side), { visibility: 'invited' });
    await adminPost(ctx, `/api/requests/${id}/invitations`, { enterpriseIds: [side.enterpriseId] });
    return send('POST', `/api/requests/${id}/invitation-reply`, {
      enterpriseId: side.enterpriseId,
      reply: 'seen',
    });
  }),
  'POST /api/requests/:id/answers': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const id = await opened(ctx, side, await freshFirm(ctx, side));
    return send('POST', `/api/requests/${id}/answers`, {
      enterpriseId: side.enterpriseId,
      quantityOffered: 5,
      readyOn: inDays(20),
    });
  }),
  'PATCH /api/request-answers/:id': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const { answerId } = await answered(ctx, side, await freshFirm(ctx, side), side.enterpriseId);
    return send('PATCH', `/api/request-answers/${answerId}`, { version: 1, quantityOffered: 6 });
  }),
  'POST /api/request-answers/:id/withdraw': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const { answerId } = await answered(ctx, side, await freshFirm(ctx, side), side.enterpriseId);
    return send('POST', `/api/request-answers/${answerId}/withdraw`, { version: 1 });
  }),
  'GET /api/requests/:id/messages': rule(READ_IN, READ_OUT, async (ctx, side) =>
    send('GET', `/api/requests/${await draft(ctx, side)}/messages`),
  ),
  'POST /api/requests/:id/messages': rule(ACT_IN, ACT_OUT, async (ctx, side) =>
    send('POST', `/api/requests/${await draft(ctx, side)}/messages`, { messageBody: 'Ukuran?' }),
  ),
  'POST /api/requests/:id/awards': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const { id, answerId } = await answered(ctx, side, side.enterpriseId, await freshFirm(ctx, side));
    await adminPost(ctx, `/api/requests/${id}/close`, { version: 2 });
    return send('POST', `/api/requests/${id}/awards`, {
      version: 3,
      awards: [{ answerId, awardQuantity: 10 }],
    });
  }),
  'POST /api/request-awards/:id/start': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const award = await awarded(ctx, side, await freshFirm(ctx, side), side.enterpriseId);
    return send('POST', `/api/request-awards/${award}/start`, { version: 1 });
  }),
  'POST /api/request-awards/:id/confirm': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const award = await awarded(ctx, side, await freshFirm(ctx, side), side.enterpriseId);
    return send('POST', `/api/request-awards/${award}/confirm`, { version: 1, side: 'supplier' });
  }),
  'POST /api/request-awards/:id/failure': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const award = await awarded(ctx, side, side.enterpriseId, await freshFirm(ctx, side));
    return send('POST', `/api/request-awards/${award}/failure`, {
      version: 1,
      side: 'poster',
      failureKind: 'broken',
      statement: 'Rusak',
    });
  }),
  'POST /api/request-awards/:id/breach': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const award = await awarded(ctx, side, side.enterpriseId, await freshFirm(ctx, side));
    const body = { failureKind: 'broken', statement: 'Rusak' };
    await adminPost(ctx, `/api/request-awards/${award}/failure`, { ...body, version: 1, side: 'poster' });
    await adminPost(ctx, `/api/request-awards/${award}/failure`, {
      version: 2,
      side: 'supplier',
      statement: 'Tidak',
    });
    return send('POST', `/api/request-awards/${award}/breach`, { version: 3 });
  }),
  'POST /api/request-awards/:id/rating': rule(ACT_IN, ACT_OUT, async (ctx, side) => {
    const award = await awarded(ctx, side, await freshFirm(ctx, side), side.enterpriseId);
    await adminPost(ctx, `/api/request-awards/${award}/confirm`, { version: 1, side: 'supplier' });
    await adminPost(ctx, `/api/request-awards/${award}/confirm`, { version: 2, side: 'poster' });
    return send('POST', `/api/request-awards/${award}/rating`, {
      side: 'supplier',
      onTime: 5,
      quality: 5,
      communication: 4,
    });
  }),
};
