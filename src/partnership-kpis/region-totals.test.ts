import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, enterpriseIn } from '../interactions/interactions.test-helpers.ts';
import { requestFor, userIdOf } from '../matching/matching-db.test-helpers.ts';

const ctx = useTestApp();
// A village of its own, so no other test file's centre falls in the region.
const VILLAGE = '32.73.17.1003';
const DISTRICT = '32.73.17';

beforeAll(async () => {
  const [poster, firm] = (await Promise.all([1, 2].map(() => enterpriseIn(ctx, VILLAGE)))) as [
    string,
    string,
  ];
  const first = await centerWith(ctx, [poster, firm], VILLAGE);
  const second = await centerWith(ctx, [], VILLAGE);
  const request = await requestFor(ctx, [first, second], poster);
  await sql`UPDATE partnership_requests SET published_at = now() WHERE id = ${request}`.execute(ctx.db);
  await ctx.db
    .insertInto('request_invitations')
    .values({ request_id: request, enterprise_id: firm, invited_by: await userIdOf(ctx) })
    .execute();
});

describe("the overview's partnership totals", () => {
  it('counts a request aimed at two centres of the region once', async () => {
    const response = await ctx.app.inject({ url: `/api/overview?region=${DISTRICT}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().partnerships).toMatchObject({
      requests: 1,
      responseRate: 0,
      conversion: 0,
      poolSavings: 0,
      poolSavingsShare: null,
    });
  });

  it('shows them to readers of every centre of the region only', async () => {
    const totals = async (headers: { authorization: string }) =>
      (await ctx.app.inject({ url: `/api/overview?region=${DISTRICT}`, headers })).json().partnerships;
    expect(await totals(await ctx.as('researcher'))).toMatchObject({ requests: 1 });
    expect(await totals(await ctx.as('regional_officer', { regions: ['32.73'] }))).toMatchObject({
      requests: 1,
    });
    expect(await totals(await ctx.as('regional_officer', { regions: ['33.20'] }))).toBeNull();
    expect(await totals(await ctx.as('viewer'))).toBeNull();
  });
});
