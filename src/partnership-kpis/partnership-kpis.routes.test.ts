import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, enterpriseIn, tie } from '../interactions/interactions.test-helpers.ts';
import { requestFor, userIdOf } from '../matching/matching-db.test-helpers.ts';
import { kpiPeriod } from './partnership-kpis.service.ts';

const ctx = useTestApp();

let center: string;
let idle: string;

/** A request of `poster` for `center` published (and perhaps awarded) on the given days. */
async function published(poster: string, on: string, awardedOn: string | null): Promise<string> {
  const id = await requestFor(ctx, [center], poster);
  await sql`UPDATE partnership_requests SET published_at = ${`${on}T03:00:00Z`}::timestamptz,
    awarded_at = ${awardedOn ? `${awardedOn}T03:00:00Z` : null}::timestamptz WHERE id = ${id}`.execute(
    ctx.db,
  );
  return id;
}

async function invite(requestId: string, enterpriseId: string, answered: boolean): Promise<string | null> {
  const admin = await userIdOf(ctx);
  await ctx.db
    .insertInto('request_invitations')
    .values({ request_id: requestId, enterprise_id: enterpriseId, invited_by: admin })
    .execute();
  if (!answered) return null;
  const answer = await ctx.db
    .insertInto('request_answers')
    .values({
      request_id: requestId,
      enterprise_id: enterpriseId,
      answered_by: admin,
      quantity_offered: 100,
      ready_on: '2026-04-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return answer.id;
}

async function award(
  requestId: string,
  answerId: string,
  enterpriseId: string,
  quantity: number,
  interactionId: string | null,
): Promise<void> {
  await ctx.db
    .insertInto('request_awards')
    .values({
      request_id: requestId,
      answer_id: answerId,
      enterprise_id: enterpriseId,
      quantity,
      delivery_date: '2026-04-01',
      status: interactionId ? 'delivered' : 'awarded',
      delivered_on: interactionId ? '2026-03-30' : null,
      interaction_id: interactionId,
      awarded_by: await userIdOf(ctx),
      created_at: '2026-03-05T03:00:00Z',
    })
    .execute();
}

beforeAll(async () => {
  const [poster, micro, large] = (await Promise.all([1, 2, 3].map(() => enterpriseIn(ctx)))) as [
    string,
    string,
    string,
  ];
  center = await centerWith(ctx, [poster, micro, large]);
  idle = await centerWith(ctx, []);
  for (const [id, sales] of [
    [micro, 500_000_000],
    [large, 80_000_000_000],
  ] as const) {
    await ctx.db
      .insertInto('enterprise_year_data')
      .values({ enterprise_id: id, year: 2025, source: 'survey', vintage: '2025', annual_sales: sales })
      .execute();
  }
  const r1 = await published(poster, '2026-03-01', '2026-03-05');
  await published(poster, '2026-04-01', null);
  await published(poster, '2024-01-01', '2024-01-03');
  const a1 = await invite(r1, micro, true);
  const a2 = await invite(r1, large, true);
  const r2 = (
    await sql<{ id: string }>`SELECT r.id FROM partnership_requests r
    WHERE r.published_at = '2026-04-01T03:00:00Z'::timestamptz`.execute(ctx.db)
  ).rows[0]?.id as string;
  await invite(r2, micro, false);
  const delivered = await tie(ctx, poster, micro, { type: 'ORDER_SHARING', startDate: '2026-03-05' });
  await award(r1, a1 as string, micro, 60, delivered.id);
  await award(r1, a2 as string, large, 40, null);
});

describe('GET /api/centers/:id/partnership-kpis', () => {
  it("computes a centre's KPIs over the period from its requests, invitations and awards", async () => {
    const response = await ctx.app.inject({
      url: `/api/centers/${center}/partnership-kpis?from=2026-01-01&to=2026-06-30`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    // The 2024 request is outside the period: 2 requests, 2 of 3 invitations answered, r1 realised.
    expect(body).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      requests: 2,
      invitationsSent: 3,
      invitationsAnswered: 2,
      responseRate: 2 / 3,
      realisedRequests: 1,
      conversion: 0.5,
      medianDaysToAward: 4,
      awardedVolume: 100,
      microVolume: 60,
      microShare: 0.6,
      pools: 0,
      poolSavings: 0,
      poolSavingsShare: null,
    });
    // Poster 0, large 40, micro 60 → (−2·0 + 0·40 + 2·60) ÷ (3 · 100) = 0.4.
    expect(body.awardGini).toBeCloseTo(0.4, 12);
    expect(body.giniByQuarter).toEqual([{ quarter: '2026-Q1', gini: expect.closeTo(0.4, 12), volume: 100 }]);
  });

  it('answers null ratios for a centre without requests, not zeros', async () => {
    const response = await ctx.app.inject({ url: `/api/centers/${idle}/partnership-kpis` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      requests: 0,
      responseRate: null,
      conversion: null,
      medianDaysToAward: null,
      microShare: null,
      awardGini: null,
    });
  });

  it('refuses a period ending before it starts, naming the field in the reader language', async () => {
    const response = await ctx.app.inject({
      url: `/api/centers/${center}/partnership-kpis?from=2026-06-01&to=2026-01-01`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('To date');
  });

  it('is a 404 for an unknown centre', async () => {
    const response = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/partnership-kpis',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('kpiPeriod', () => {
  it('defaults to the 12 months up to today, both ends included', () => {
    expect(kpiPeriod({}, '2026-12-06')).toEqual({ from: '2025-12-07', to: '2026-12-06' });
    expect(kpiPeriod({ to: '2026-03-31' }, '2026-12-06')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(kpiPeriod({ from: '2026-01-01' }, '2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-12-06' });
  });
});
