import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import type { UserActor } from '../../auth/actor.ts';
import { BANDUNG, centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import type { NetworkChange } from '../change/change.schema.ts';
import type { CenterAnalysis } from './analysis.schema.ts';
import { analysesFor } from './analysis.service.ts';

const ctx = useTestApp();

/** Members a…e; a→b, a→c maklun from 2019; b–c undercutting 2019-06 to 2021-01 (confidential by default), then order sharing; c→d from 2022. */
let a: string;
let b: string;
let c: string;
let d: string;
let e: string;
let center: string;

beforeAll(async () => {
  [a, b, c, d, e] = [
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
  ];
  center = await centerWith(ctx, [a!, b!, c!, d!, e!], BANDUNG);
  await tie(ctx, a!, b!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, a!, c!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, b!, c!, {
    centerId: center,
    type: 'PRICE_UNDERCUTTING',
    startDate: '2019-06-01',
    endDate: '2021-01-01',
  });
  await tie(ctx, b!, c!, { centerId: center, type: 'ORDER_SHARING', startDate: '2021-01-01' });
  await tie(ctx, c!, d!, { centerId: center, type: 'MATERIAL_SUPPLY', startDate: '2022-01-01' });
});

async function analysis(query = '', headers?: Record<string, string>): Promise<CenterAnalysis> {
  const response = await ctx.app.inject({
    url: `/api/centers/${center}/analysis${query}`,
    ...(headers && { headers }),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const storedRows = () =>
  ctx.db.selectFrom('center_analyses').where('center_id', '=', center).selectAll().execute();

describe('GET /api/centers/:id/analysis', () => {
  it('computes and stores an analysis, then serves the stored one while the ties stay the same', async () => {
    const first = await analysis('?at=2020-06-01');
    expect(first.at).toBe('2020-06-01');
    expect(first.indicators).toMatchObject({
      firms: 5,
      collaborationTies: 2,
      conflictTies: 1,
      frustration: 1,
    });
    expect(first.frustratedTies).toHaveLength(1);
    const second = await analysis('?at=2020-06-01');
    expect(second.computedAt).toBe(first.computedAt);
    expect(second).toEqual(first);
    expect((await storedRows()).filter((r) => r.at === '2020-06-01')).toHaveLength(1);
  });

  it('recomputes when a tie of the centre changes, and only then', async () => {
    const before = await analysis();
    expect(before.at).toBeNull();
    await tie(ctx, d!, e!, { centerId: center, type: 'KNOWLEDGE_SHARING', startDate: '2023-01-01' });
    const after = await analysis();
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(after.indicators.collaborationTies).toBe(before.indicators.collaborationTies + 1);
    expect((await storedRows()).filter((r) => r.at === null)).toHaveLength(1);
    // A tie in another centre leaves this centre's result current.
    const other = await centerWith(ctx, [a!, e!]);
    await tie(ctx, a!, e!, { centerId: other, startDate: '2020-01-01' });
    expect((await analysis()).computedAt).toBe(after.computedAt);
  });

  it('recomputes when a membership changes', async () => {
    const before = await analysis();
    const newcomer = await enterpriseIn(ctx);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/center-memberships',
      payload: { centerId: center, enterpriseId: newcomer, validFrom: '2020-01-01' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const after = await analysis();
    expect(after.indicators.firms).toBe(before.indicators.firms + 1);
  });

  it('refuses enterprise users and viewers, who may not read the network, and answers 404/400', async () => {
    for (const headers of [await ctx.as('enterprise', { enterprises: [b!] }), await ctx.as('viewer')]) {
      const response = await ctx.app.inject({ url: `/api/centers/${center}/analysis`, headers });
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('PRICE_UNDERCUTTING');
    }
    const missing = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/analysis',
    });
    expect(missing.statusCode).toBe(404);
    expect((await ctx.app.inject({ url: `/api/centers/${center}/analysis?at=2020-02-30` })).statusCode).toBe(
      400,
    );
  });

  it('analyses only the visible ties for a reader who cannot see a confidential conflict, and stores nothing for them', async () => {
    const full = await analysis('?at=2020-06-01');
    const actor: UserActor = {
      kind: 'user',
      userId: '00000000-0000-4000-8000-0000000000aa',
      email: 'ikm@uji.example',
      role: 'enterprise',
      scopes: { regions: [], centers: [], enterprises: [a!], projects: [] },
      personalDataAccess: false,
      via: 'token',
      readOnly: false,
    };
    const seen = (await analysesFor(ctx.db, actor, [center], '2020-06-01')).get(center);
    expect(seen?.indicators.conflictTies).toBe(0);
    expect(seen?.camps).toBeNull();
    expect(seen?.frustratedTies).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain('PRICE_UNDERCUTTING');
    expect(seen?.nodes.every((n) => n.negativeDegree === 0)).toBe(true);
    const stored = (await storedRows()).find((r) => r.at === '2020-06-01');
    expect(stored?.result.indicators.conflictTies).toBe(1);
    expect((await analysis('?at=2020-06-01')).computedAt).toBe(full.computedAt);
  });
});

describe('GET /api/centers/:id/network/change', () => {
  it('lists ties gained, lost and flipped, with the indicators at both dates', async () => {
    const response = await ctx.app.inject({
      url: `/api/centers/${center}/network/change?from=2020-01-01&to=2022-06-01`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const change: NetworkChange = response.json();
    expect(change.gained.map((t) => t.type).sort()).toEqual(['MATERIAL_SUPPLY', 'ORDER_SHARING']);
    expect(change.lost.map((t) => t.type)).toEqual(['PRICE_UNDERCUTTING']);
    expect(change.flipped).toHaveLength(1);
    expect(change.flipped[0]?.from.type).toBe('PRICE_UNDERCUTTING');
    expect(change.flipped[0]?.to.type).toBe('ORDER_SHARING');
    expect([change.flipped[0]?.source, change.flipped[0]?.target].sort()).toEqual([b, c].sort());
    expect(change.indicatorsFrom).toMatchObject({ collaborationTies: 2, conflictTies: 1 });
    expect(change.indicatorsTo).toMatchObject({ collaborationTies: 4, conflictTies: 0 });
  });

  it('refuses dates out of order with a message naming the field', async () => {
    const response = await ctx.app.inject({
      url: `/api/centers/${center}/network/change?from=2022-01-01&to=2020-01-01`,
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error.details)).toContain('to');
  });
});
