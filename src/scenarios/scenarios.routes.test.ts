import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, enterpriseIn, tie } from '../interactions/interactions.test-helpers.ts';
import type { Scenario } from './scenarios.schema.ts';

const ctx = useTestApp();

let a: string;
let b: string;
let outsider: string;
let center: string;

beforeAll(async () => {
  [a, b, outsider] = await Promise.all([enterpriseIn(ctx), enterpriseIn(ctx), enterpriseIn(ctx)]);
  center = await centerWith(ctx, [a!, b!]);
  await tie(ctx, a!, b!, { centerId: center, type: 'PRICE_UNDERCUTTING', startDate: '2020-01-01' });
});

const save = (payload: unknown, headers?: Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/centers/${center}/scenarios`,
    payload: payload as Record<string, unknown>,
    ...(headers && { headers }),
  });
const rows = () =>
  ctx.db.selectFrom('what_if_scenarios').where('center_id', '=', center).selectAll().execute();

describe('scenarios', () => {
  it('saves a named scenario, lists it and opens it for another reader of the centre', async () => {
    const edits = [{ action: 'resolveConflict', a, b }];
    const response = await save({ name: '  Mediasi A–B ', edits });
    expect(response.statusCode, response.body).toBe(201);
    const saved: Scenario = response.json();
    expect(saved).toMatchObject({ name: 'Mediasi A–B', centerId: center, edits, mayDelete: true });
    const list = (await ctx.app.inject({ url: `/api/centers/${center}/scenarios` })).json();
    expect(list.items.map((s: Scenario) => s.id)).toContain(saved.id);
    const manager = await ctx.as('center_manager', { centers: [center] });
    const opened = await ctx.app.inject({ url: `/api/scenarios/${saved.id}`, headers: manager });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ id: saved.id, mayDelete: true });
    const ministry = await ctx.as('ministry');
    expect(
      (await ctx.app.inject({ url: `/api/scenarios/${saved.id}`, headers: ministry })).json().mayDelete,
    ).toBe(false);
  });

  it('refuses a scenario naming a firm outside the centre, and an empty name, writing nothing', async () => {
    const before = (await rows()).length;
    const outside = await save({ name: 'Keluar', edits: [{ action: 'removeFirm', firm: outsider }] });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.message).toContain(outsider);
    const unnamed = await save({ name: ' ', edits: [{ action: 'removeFirm', firm: a }] });
    expect(unnamed.statusCode).toBe(400);
    expect((await rows()).length).toBe(before);
  });

  it('is deleted only by its author or a manager of the centre', async () => {
    const saved: Scenario = (
      await save({ name: 'Hapus', edits: [{ action: 'removeFirm', firm: a }] })
    ).json();
    const remove = (headers?: Record<string, string>) =>
      ctx.app.inject({ method: 'DELETE', url: `/api/scenarios/${saved.id}`, ...(headers && { headers }) });
    expect((await remove(await ctx.as('ministry'))).statusCode).toBe(403);
    expect((await remove(await ctx.as('regional_officer', { regions: ['32'] }))).statusCode).toBe(403);
    expect((await remove(await ctx.as('center_manager', { centers: [center] }))).statusCode).toBe(204);
    expect((await remove()).statusCode).toBe(404);
  });
});
