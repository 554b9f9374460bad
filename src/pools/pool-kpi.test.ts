import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { poolSavings } from './pool-kpi.ts';
import { openPool, poolWorld, post } from './pools.test-helpers.ts';

const ctx = useTestApp();
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function bought(world: Awaited<ReturnType<typeof poolWorld>>, unitPrice: number, split: boolean) {
  let pool = await openPool(ctx, world);
  pool = await post(ctx, `/api/pools/${pool.id}/pledges`, { enterpriseId: world.members[0], quantity: 300 });
  pool = await post(ctx, `/api/pools/${pool.id}/pledges`, { enterpriseId: world.members[1], quantity: 200 });
  pool = await post(ctx, `/api/pools/${pool.id}/close`, { version: pool.version });
  pool = await post(ctx, `/api/pools/${pool.id}/purchase`, {
    version: pool.version,
    purchasedOn: today(),
    totalQuantity: 500,
    unitPrice,
  });
  if (split) await post(ctx, `/api/pools/${pool.id}/split`, { version: pool.version });
  return pool;
}

describe('poolSavings', () => {
  it('sums each centre’s purchases in the period against the single-buyer price, zero for idle centres', async () => {
    const world = await poolWorld(ctx, 2);
    const idle = await poolWorld(ctx, 1);
    await bought(world, 11_000, true);
    await bought(world, 11_500, false);
    const stillOpen = await openPool(ctx, world);
    await post(ctx, `/api/pools/${stillOpen.id}/pledges`, { enterpriseId: world.members[0], quantity: 900 });

    const year = { from: `${today().slice(0, 4)}-01-01`, to: `${today().slice(0, 4)}-12-31` };
    const [busy, quiet] = await poolSavings(ctx.db, [world.centerId, idle.centerId], year);
    // Price alone 12,500/kg (the factory's default): 500 kg × (12,500 − 11,000) + 500 kg × (12,500 − 11,500).
    expect(busy).toEqual({
      centerId: world.centerId,
      pools: 2,
      participations: 4,
      costAlone: 12_500_000,
      cost: 11_250_000,
      savings: 1_250_000,
      savingsShare: 0.1,
    });
    expect(quiet).toMatchObject({ pools: 0, savings: 0, savingsShare: null });
    const before = await poolSavings(ctx.db, [world.centerId], { from: '2000-01-01', to: '2000-12-31' });
    expect(before[0]?.pools).toBe(0);
  });
});
