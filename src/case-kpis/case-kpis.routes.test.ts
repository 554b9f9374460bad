import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { type CaseWorld, caseAt, caseWorld } from '../cases/cases.test-helpers.ts';
import { createCenter } from '../memberships/memberships.test-helpers.ts';

const ctx = useTestApp();

let world: CaseWorld;
let elsewhere: string;

beforeAll(async () => {
  world = await caseWorld(ctx);
  elsewhere = await createCenter(ctx, { regionCodes: ['33.20.01.2001'] });
  for (let i = 0; i < 4; i += 1) await caseAt(ctx, world, []);
  for (let i = 0; i < 3; i += 1) await caseAt(ctx, world, ['verifying']);
  // Two cancelled, one of them Dinas-only: the manager cannot open it, yet it counts (hidden, as a cell of 2).
  await caseAt(ctx, world, ['cancelled']);
  await caseAt(ctx, world, ['cancelled'], { confidentiality: 'dinas_only' });
}, 60_000);

describe('GET /api/centers/:id/case-kpis', () => {
  it('counts every case of the centre and hides the cell of 2 with the next smallest', async () => {
    const response = await ctx.app.inject({ url: `/api/centers/${world.centerId}/case-kpis` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ centerId: world.centerId, cases: 9, ended: null, resolutionRate: null });
    expect(body.byStatus).toEqual([
      { status: 'reported', count: 4 },
      { status: 'verifying', count: null },
      { status: 'cancelled', count: null },
    ]);
    expect(body.byType).toEqual([{ caseType: 'DESIGN_COPYING', count: 9 }]);
    expect(JSON.stringify(body)).not.toContain('mega mendung');
  });

  it('is read by the ministry and the centre manager, refused to a manager of another centre and a firm', async () => {
    const url = `/api/centers/${world.centerId}/case-kpis`;
    const status = async (headers: { authorization: string }) =>
      (await ctx.app.inject({ url, headers })).statusCode;
    expect(await status(await ctx.as('ministry'))).toBe(200);
    expect(await status(await ctx.as('center_manager', { centers: [world.centerId] }))).toBe(200);
    expect(await status(await ctx.as('center_manager', { centers: [elsewhere] }))).toBe(403);
    expect(await status(await ctx.as('regional_officer', { regions: ['33.20'] }))).toBe(403);
    expect(await status(await ctx.as('enterprise', { enterprises: [world.copier] }))).toBe(403);
  });

  it('refuses a period ending before it starts, naming the field in the reader language', async () => {
    const response = await ctx.app.inject({
      url: `/api/centers/${world.centerId}/case-kpis?from=2026-06-01&to=2026-01-01`,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('To date');
  });

  it('is a 404 for an unknown centre', async () => {
    const response = await ctx.app.inject({
      url: '/api/centers/00000000-0000-4000-8000-000000000000/case-kpis',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/regions/:code/case-kpis', () => {
  it("adds up the region's centres for its officer, and refuses an officer of another region", async () => {
    const own = await ctx.app.inject({
      url: '/api/regions/32.73/case-kpis',
      headers: await ctx.as('regional_officer', { regions: ['32.73'] }),
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ regionCode: '32.73', cases: 9 });
    const far = await ctx.app.inject({
      url: '/api/regions/32.73/case-kpis',
      headers: await ctx.as('regional_officer', { regions: ['33.20'] }),
    });
    expect(far.statusCode).toBe(403);
    const manager = await ctx.app.inject({
      url: '/api/regions/32.73/case-kpis',
      headers: await ctx.as('center_manager', { centers: [world.centerId] }),
    });
    expect(manager.statusCode).toBe(403);
  });

  it('answers a region without centres with nothing shown, and 404 for an unknown region', async () => {
    const empty = await ctx.app.inject({ url: '/api/regions/33.20/case-kpis' });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ cases: null, byStatus: [] });
    expect((await ctx.app.inject({ url: '/api/regions/99.99/case-kpis' })).statusCode).toBe(404);
  });
});

describe("the overview's case KPIs", () => {
  it("adds up the region's centres for its readers, and is null for a centre manager or a viewer", async () => {
    const cases = async (headers: { authorization: string }) =>
      (await ctx.app.inject({ url: '/api/overview?region=32.73', headers })).json().cases;
    expect(await cases(await ctx.as('ministry'))).toMatchObject({ cases: 9 });
    expect(await cases(await ctx.as('regional_officer', { regions: ['32.73'] }))).toMatchObject({ cases: 9 });
    expect(await cases(await ctx.as('regional_officer', { regions: ['33.20'] }))).toBeNull();
    expect(await cases(await ctx.as('center_manager', { centers: [world.centerId] }))).toBeNull();
    expect(await cases(await ctx.as('viewer'))).toBeNull();
  });
});
