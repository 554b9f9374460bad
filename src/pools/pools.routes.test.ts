import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildPoolInput } from '../../test/factories.ts';
import { openPool, type PoolWorld, poolWorld, post } from './pools.test-helpers.ts';

const ctx = useTestApp();

const pledge = (poolId: string, enterpriseId: string, quantity: number, lang = 'en') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/pools/${poolId}/pledges?lang=${lang}`,
    payload: { enterpriseId, quantity },
  });

async function pledged(world: PoolWorld, quantities: number[], overrides: Record<string, unknown> = {}) {
  const pool = await openPool(ctx, world, overrides);
  for (const [i, quantity] of quantities.entries()) {
    const response = await pledge(pool.id, world.members[i] as string, quantity);
    expect(response.statusCode, response.body).toBe(200);
  }
  return (await ctx.app.inject({ url: `/api/pools/${pool.id}` })).json();
}

describe('joint purchasing pools', () => {
  it('marks the tier the pledged total reaches and prices each share and its saving', async () => {
    const world = await poolWorld(ctx);
    const pool = await pledged(world, [200, 150]);
    expect(pool.pledgedTotal).toBe(350);
    expect(pool.tiers.map((t: { reached: boolean; current: boolean }) => [t.reached, t.current])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
    expect(pool.currentUnitPrice).toBe(12_000);
    expect(pool.nextTier).toEqual({ minTotal: 500, unitPrice: 11_000, missing: 150 });
    const more = (await pledge(pool.id, world.members[2] as string, 200)).json();
    expect(more.pledgedTotal).toBe(550);
    expect(more.tiers.findIndex((t: { current: boolean }) => t.current)).toBe(1);
    expect(more.currentUnitPrice).toBe(11_000);
    const first = more.shares.find((s: { enterpriseId: string }) => s.enterpriseId === world.members[0]);
    expect(first).toMatchObject({ quantity: 200, cost: 2_200_000, costAlone: 2_500_000, savings: 300_000 });
    expect(more.totals).toEqual({ cost: 6_050_000, costAlone: 6_875_000, savings: 825_000 });
  });

  it('replaces a second pledge of the same member and drops a withdrawn one', async () => {
    const world = await poolWorld(ctx);
    const pool = await pledged(world, [200, 150]);
    const again = (await pledge(pool.id, world.members[0] as string, 50)).json();
    expect(again.pledgedTotal).toBe(200);
    const withdrawn = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/withdraw`,
      payload: { enterpriseId: world.members[1] },
    });
    expect(withdrawn.json().shares.map((s: { enterpriseId: string }) => s.enterpriseId)).toEqual([
      world.members[0],
    ]);
    const twice = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/withdraw?lang=en`,
      payload: { enterpriseId: world.members[1] },
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.details[0].path).toBe('enterpriseId');
  });

  it('refuses a pledge of zero, of a non-member, after closing, and on a cancelled pool, writing nothing', async () => {
    const world = await poolWorld(ctx);
    const pool = await pledged(world, [400]);
    const zero = await pledge(pool.id, world.members[1] as string, 0, 'id');
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details[0].message).toContain('Jumlah');
    const outsider = await pledge(pool.id, world.outsider, 10);
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().error.message).toContain('not a current member');
    await post(ctx, `/api/pools/${pool.id}/close`, { version: pool.version });
    const late = await pledge(pool.id, world.members[1] as string, 10);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('This pool is closed: it takes no more pledges.');
    const other = await openPool(ctx, world);
    await post(ctx, `/api/pools/${other.id}/cancel`, { version: other.version });
    const cancelled = await pledge(other.id, world.members[1] as string, 10, 'id');
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().error.message).toContain('dibatalkan');
    const read = (await ctx.app.inject({ url: `/api/pools/${pool.id}` })).json();
    expect(read.pledgedTotal).toBe(400);
    expect((await pledge('not-a-pool', world.members[1] as string, 10)).statusCode).toBe(404);
  });

  it('refuses tiers that do not increase and a closing date in the past, naming the field', async () => {
    const world = await poolWorld(ctx, 1);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/pools?lang=en',
      payload: buildPoolInput({
        institutionId: world.institutionId,
        centerId: world.centerId,
        closingDate: '2020-01-01',
        tiers: [
          { minTotal: 500, unitPrice: 11_000 },
          { minTotal: 100, unitPrice: 10_000 },
        ],
      }),
    });
    expect(bad.statusCode).toBe(422);
    const details = bad.json().error.details as { path: string; message: string }[];
    expect(details.map((d) => d.path).sort()).toEqual(['closingDate', 'tiers.1.minTotal']);
    expect(details.find((d) => d.path === 'tiers.1.minTotal')?.message).toContain('Price tier 2');
    const list = (await ctx.app.inject({ url: `/api/pools?institutionId=${world.institutionId}` })).json();
    expect(list.total).toBe(0);
  });

  it('refuses to close below the minimum, saying the total and the minimum; illegal moves are 409s', async () => {
    const world = await poolWorld(ctx);
    const pool = await pledged(world, [100, 50]);
    const early = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/close?lang=en`,
      payload: { version: pool.version },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain(
      'The pledged total is 150 kg, below the minimum total of 300 kg',
    );
    const split = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/split?lang=en`,
      payload: { version: pool.version },
    });
    expect(split.statusCode).toBe(409);
    expect(split.json().error.message).toBe('A pool cannot move from "open" to "split".');
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/pools/${pool.id}`,
      payload: { version: pool.version + 1, material: 'Kedelai lokal' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await ctx.app.inject({ url: `/api/pools/${pool.id}` })).json().status).toBe('open');
  });

  it('runs from opening to split: purchase, delivery split and JOINT_PURCHASING ties queued for analysis', async () => {
    const world = await poolWorld(ctx);
    const pool = await pledged(world, [300, 200, 500]);
    expect(pool.currentUnitPrice).toBe(10_500);
    const closed = await post(ctx, `/api/pools/${pool.id}/close`, { version: pool.version });
    expect(closed.status).toBe('closed');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const bought = await post(ctx, `/api/pools/${pool.id}/purchase`, {
      version: closed.version,
      purchasedOn: today,
      totalQuantity: 1_000,
      unitPrice: 10_400,
    });
    expect(bought.purchase).toMatchObject({ totalQuantity: 1_000, unitPrice: 10_400, totalCost: 10_400_000 });
    expect(bought.totals.savings).toBe(1_000 * (12_500 - 10_400));
    const split = await post(ctx, `/api/pools/${pool.id}/split`, { version: bought.version });
    expect(split.status).toBe('split');
    expect(split.deliveries.map((d: { quantity: number }) => d.quantity).sort()).toEqual([200, 300, 500]);
    expect(split.deliveries.reduce((acc: number, d: { cost: number }) => acc + d.cost, 0)).toBe(10_400_000);
    expect(split.tieIds).toHaveLength(3);
    const ties = (
      await ctx.app.inject({ url: `/api/interactions?type=JOINT_PURCHASING&center=${world.centerId}` })
    ).json();
    expect(ties.items.filter((t: { id: string }) => split.tieIds.includes(t.id))).toHaveLength(3);
    const jobs = await sql<{ key: string }>`
      SELECT j.key FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'analysis.refresh'`.execute(ctx.db);
    expect(jobs.rows.map((r) => r.key)).toContain(`analysis:${world.centerId}`);
  });

  it('edits an open pool, moving the closing reminder, and refuses edits once it closed', async () => {
    const world = await poolWorld(ctx, 1);
    // A member with an account, so the pool has someone to remind.
    await ctx.as('enterprise', { enterprises: [world.members[0] as string] });
    const pool = await pledged(world, [400]);
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const edited = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/pools/${pool.id}`,
      payload: { version: pool.version, closingDate: later, supplierName: 'UD Kedelai Baru' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ closingDate: later, supplierName: 'UD Kedelai Baru', version: 2 });
    const reminders = await ctx.db
      .selectFrom('reminders')
      .select(['status', 'due_at'])
      .where('object_id', '=', pool.id)
      .orderBy('created_at')
      .execute();
    expect(reminders.map((r) => r.status)).toEqual(['cancelled', 'pending']);
    expect(reminders[1]?.due_at.toISOString().slice(0, 10)).toBe(
      new Date(Date.parse(`${later}T01:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10),
    );
    await post(ctx, `/api/pools/${pool.id}/close`, { version: 2 });
    const late = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/pools/${pool.id}?lang=en`,
      payload: { version: 3, material: 'Jagung' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('A pool can only be changed while it is open (it is closed).');
  });
});
