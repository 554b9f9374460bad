import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, enterpriseIn, JEPARA, tie } from '../interactions/interactions.test-helpers.ts';
import { labelOf } from '../shared/field-labels.ts';
import { todayWib } from '../shared/periods.ts';
import { footwearTaxonomy, profileFor, requestFor } from './matching-db.test-helpers.ts';

const ctx = useTestApp();

/** A centre of a poster and four firms: a partner, a newcomer, one in a quarrel with the poster, one off-sector. */
interface Scene {
  poster: string;
  partner: string;
  newcomer: string;
  quarrel: string;
  offSector: string;
  center: string;
  request: string;
}
let s: Scene;

beforeAll(async () => {
  const processes = await footwearTaxonomy(ctx);
  const all = Object.fromEntries(processes.map((code) => [code, 2]));
  const [poster, partner, newcomer, quarrel, offSector] = (await Promise.all(
    [1, 2, 3, 4, 5].map(() => enterpriseIn(ctx)),
  )) as [string, string, string, string, string];
  const center = await centerWith(ctx, [poster, partner, newcomer, quarrel, offSector]);
  await profileFor(ctx, partner, { levels: all });
  await profileFor(ctx, newcomer, { levels: all });
  await profileFor(ctx, quarrel, { levels: all });
  await profileFor(ctx, offSector, { levels: {} });
  for (const [start, end] of [
    ['2024-01-01', '2024-03-01'],
    ['2024-06-01', '2024-09-01'],
    ['2025-01-01', '2025-06-01'],
  ]) {
    await tie(ctx, poster, partner, {
      type: 'ORDER_SHARING',
      startDate: start,
      endDate: end,
      frequency: 'once',
    });
  }
  await tie(ctx, quarrel, poster, { type: 'BUYER_POACHING', startDate: '2025-07-01', frequency: 'once' });
  const request = await requestFor(ctx, [center], poster);
  s = { poster, partner, newcomer, quarrel, offSector, center, request };
});

describe('GET /api/requests/:id/candidates', () => {
  it('ranks the partner first, sets the quarrelling firm apart with its reason, explains in the reader language', async () => {
    const response = await ctx.app.inject({
      url: `/api/requests/${s.request}/candidates`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.ranked.map((c: { enterpriseId: string }) => c.enterpriseId)).toEqual([s.partner, s.newcomer]);
    expect(body.unqualified).toBe(1);
    expect(body.ranked[0].explanation).toBe(
      'ranked 1st: all 4 processes, 40% spare capacity (covers 100% of the quantity), 3 past jobs for you, same centre',
    );
    expect(body.ranked[0].reasons).toContainEqual({ code: 'past_jobs_with_poster', params: { count: 3 } });
    expect(body.ranked[1].factors.trust).toBeCloseTo(0.5);
    expect(body.conflicted).toHaveLength(1);
    expect(body.conflicted[0].enterpriseId).toBe(s.quarrel);
    expect(body.conflicted[0].explanation).toBe(
      'set apart: active conflict with you: Buyer poaching since 1 July 2025',
    );
    expect(body.asOf).toBe(todayWib());
    expect(body.weights.staleDays).toBe(60);
  });

  it('speaks Indonesian by default, includes the conflicted firm when asked, applies the centre weights', async () => {
    await ctx.db
      .insertInto('matching_weights')
      .values({ center_id: s.center, weights: JSON.stringify({ trust: 0 }) })
      .execute();
    const response = await ctx.app.inject({
      url: `/api/requests/${s.request}/candidates?includeConflicted=true`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.weights.trust).toBe(0);
    expect(body.ranked).toHaveLength(3);
    expect(body.ranked.map((c: { enterpriseId: string }) => c.enterpriseId)).toContain(s.quarrel);
    expect(body.ranked[0].explanation).toMatch(/^peringkat ke-1: semua 4 proses/);
    expect(body.conflicted[0].explanation).toBe(
      'dipisahkan: konflik aktif dengan Anda: Rebut pembeli sejak 1 Juli 2025',
    );
    await ctx.db.deleteFrom('matching_weights').where('center_id', '=', s.center).execute();
  });

  it('sends the best `limit` and says how many were ranked', async () => {
    const body = (await ctx.app.inject({ url: `/api/requests/${s.request}/candidates?limit=1` })).json();
    expect(body.ranked.map((c: { enterpriseId: string }) => c.enterpriseId)).toEqual([s.partner]);
    expect(body.rankedTotal).toBe(2);
  });

  it('answers 404 for an unknown request', async () => {
    const response = await ctx.app.inject({
      url: '/api/requests/00000000-0000-4000-8000-000000000000/candidates?lang=en',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('Request with id');
  });

  it('shows the ranking to the poster and the target centre manager, not to other firms or centres', async () => {
    const url = `/api/requests/${s.request}/candidates`;
    const status = async (headers: Record<string, string>) =>
      (await ctx.app.inject({ url, headers })).statusCode;
    expect(await status(await ctx.as('enterprise', { enterprises: [s.poster] }))).toBe(200);
    expect(await status(await ctx.as('enterprise', { enterprises: [s.partner] }))).toBe(403);
    expect(await status(await ctx.as('center_manager', { centers: [s.center] }))).toBe(200);
    const elsewhere = await centerWith(ctx, [], JEPARA);
    expect(await status(await ctx.as('center_manager', { centers: [elsewhere] }))).toBe(403);
    expect(await status(await ctx.as('regional_officer', { regions: ['32.73'] }))).toBe(200);
    expect(await status(await ctx.as('regional_officer', { regions: ['33.20'] }))).toBe(403);
    expect(await status(await ctx.as('researcher'))).toBe(403);
  });
});

describe('POST /api/matching/preview', () => {
  const draft = () => ({
    quantity: 1000,
    unit: 'pairs',
    posterEnterpriseId: s.poster,
    targetCenterIds: [s.center],
    processCodes: ['footwear.lasting'],
  });

  it('ranks a draft as it would the stored request', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/matching/preview',
      payload: { draft: draft(), fair: true },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.requestId).toBeNull();
    expect(body.fair).toBe(true);
    expect(body.ranked.map((c: { enterpriseId: string }) => c.enterpriseId)).toEqual([s.partner, s.newcomer]);
    expect(body.ranked[0].explanation).toMatch(/^peringkat ke-1: proses yang diminta dikuasai/);
  });

  it('refuses a quantity of zero and an unknown centre by their labels, in the reader language', async () => {
    const zero = await ctx.app.inject({
      method: 'POST',
      url: '/api/matching/preview?lang=en',
      payload: { draft: { ...draft(), quantity: 0 } },
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details[0].message).toContain(labelOf(['quantity']).en);
    expect(zero.json().error.details[0].path).toBe('draft.quantity');
    const unknown = '00000000-0000-4000-8000-000000000001';
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/matching/preview',
      payload: { draft: { ...draft(), targetCenterIds: [unknown] } },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.message).toBe(
      `${labelOf(['targetCenterIds']).id}: sentra ${unknown} tidak ditemukan.`,
    );
  });

  it('lets an enterprise preview only for its own firm and the centres its firms belong to', async () => {
    const own = await ctx.as('enterprise', { enterprises: [s.poster] });
    const post = async (headers: Record<string, string>, body: object) =>
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/matching/preview',
          headers,
          payload: { draft: body },
        })
      ).statusCode;
    expect(await post(own, draft())).toBe(200);
    expect(await post(own, { ...draft(), posterEnterpriseId: s.partner })).toBe(403);
    const elsewhere = await centerWith(ctx, [], JEPARA);
    expect(await post(own, { ...draft(), targetCenterIds: [elsewhere] })).toBe(403);
  });
});
