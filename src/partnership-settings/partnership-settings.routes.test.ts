import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, enterpriseIn, JEPARA } from '../interactions/interactions.test-helpers.ts';
import { footwearTaxonomy, profileFor, requestFor } from '../matching/matching-db.test-helpers.ts';
import { DEFAULT_WEIGHTS } from '../matching/weights.ts';

const ctx = useTestApp();

let center: string;
let request: string;
const url = () => `/api/centers/${center}/partnership-settings`;
const put = (payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'PUT', url: `${url()}?lang=en`, payload: payload as object, headers });

beforeAll(async () => {
  const processes = await footwearTaxonomy(ctx);
  const [poster, firm] = await Promise.all([enterpriseIn(ctx), enterpriseIn(ctx)]);
  center = await centerWith(ctx, [poster, firm]);
  await profileFor(ctx, firm, { levels: Object.fromEntries(processes.map((code) => [code, 2])) });
  request = await requestFor(ctx, [center], poster);
});

describe('/api/centers/:id/partnership-settings', () => {
  it('starts with no review, the default weights and version 0', async () => {
    const response = await ctx.app.inject({ url: url() });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      centerId: center,
      requestReviewRequired: false,
      weights: DEFAULT_WEIGHTS,
      storedWeights: {},
      defaults: DEFAULT_WEIGHTS,
      version: 0,
    });
  });

  it('stores review and a trust weight, which the ranking then uses', async () => {
    const before = (await ctx.app.inject({ url: `/api/requests/${request}/candidates` })).json();
    const saved = await put({ requestReviewRequired: true, weights: { trust: 2 }, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      requestReviewRequired: true,
      storedWeights: { trust: 2 },
      weights: { trust: 2, spare: 1 },
      version: 1,
    });
    const row = await ctx.db
      .selectFrom('centers')
      .select('request_review_required')
      .where('id', '=', center)
      .executeTakeFirstOrThrow();
    expect(row.request_review_required).toBe(true);
    const after = (await ctx.app.inject({ url: `/api/requests/${request}/candidates` })).json();
    expect(after.weights.trust).toBe(2);
    // The newcomer's trust factor is below 1, so weighing trust twice lowers its score.
    expect(after.ranked[0].factors.trust).toBeLessThan(1);
    expect(after.ranked[0].score).toBeLessThan(before.ranked[0].score);
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const response = await put({ requestReviewRequired: false, weights: {}, version: 0 });
    expect(response.statusCode).toBe(409);
    expect((await ctx.app.inject({ url: url() })).json().storedWeights).toEqual({ trust: 2 });
  });

  it('names the weight by its label when out of range or unknown, and writes nothing', async () => {
    for (const [weights, words] of [
      [{ trust: -1 }, 'Weight of trust'],
      [{ trust: 100 }, 'Weight of trust'],
      [{ staleDays: 0 }, 'Days until capacity is stale'],
      [{ kepercayaan: 1 }, 'kepercayaan'],
    ] as const) {
      const response = await put({ requestReviewRequired: false, weights, version: 1 });
      expect(response.statusCode, JSON.stringify(weights)).toBe(400);
      const body = response.json();
      expect(JSON.stringify(body.error), JSON.stringify(weights)).toContain(words);
      expect(JSON.stringify(body.error)).not.toMatch(/too_big|too_small|unrecognized/);
    }
    expect((await ctx.app.inject({ url: url() })).json().version).toBe(1);
  });

  it('goes back to the defaults with an empty weights object', async () => {
    const response = await put({ requestReviewRequired: false, weights: {}, version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ storedWeights: {}, weights: DEFAULT_WEIGHTS, version: 2 });
  });

  it("lets the centre's manager and officer write, the ministry only read, others not at all", async () => {
    const manager = await ctx.as('center_manager', { centers: [center] });
    expect((await put({ requestReviewRequired: false, weights: {}, version: 2 }, manager)).statusCode).toBe(
      200,
    );
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    expect((await put({ requestReviewRequired: false, weights: {}, version: 3 }, officer)).statusCode).toBe(
      200,
    );
    const ministry = await ctx.as('ministry');
    expect((await ctx.app.inject({ url: url(), headers: ministry })).statusCode).toBe(200);
    expect((await put({ requestReviewRequired: false, weights: {}, version: 4 }, ministry)).statusCode).toBe(
      403,
    );
    const elsewhere = await centerWith(ctx, [], JEPARA);
    const otherManager = await ctx.as('center_manager', { centers: [elsewhere] });
    expect((await ctx.app.inject({ url: url(), headers: otherManager })).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: url(), headers: await ctx.as('researcher') })).statusCode).toBe(403);
  });

  it('answers 404 for an unknown centre', async () => {
    const response = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/partnership-settings',
    });
    expect(response.statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/centers/bukan-id/partnership-settings' })).statusCode).toBe(
      404,
    );
    const malformed = await ctx.app.inject({
      method: 'PUT',
      url: '/api/centers/bukan-id/partnership-settings',
      payload: { requestReviewRequired: false, weights: {}, version: 0 },
    });
    expect(malformed.statusCode).toBe(404);
  });
});
