import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildPoolInput } from '../../test/factories.ts';
import { openPool, poolWorld, post } from './pools.test-helpers.ts';

const ctx = useTestApp();

async function inbox(headers: Record<string, string>) {
  const page = (await ctx.app.inject({ url: '/api/notifications?lang=en', headers })).json();
  return page.items.map((n: { subject: string }) => n.subject) as string[];
}

describe('who may run and join a pool', () => {
  it('lets the board open and close, a member pledge for its own firm only, and hides the pool from outsiders', async () => {
    const world = await poolWorld(ctx);
    const [chair, member, other] = world.members as [string, string, string];
    const board = await ctx.as('enterprise', { enterprises: [chair] });
    const plain = await ctx.as('enterprise', { enterprises: [member] });
    const outsider = await ctx.as('enterprise', { enterprises: [world.outsider] });
    const body = buildPoolInput({ institutionId: world.institutionId, centerId: world.centerId });

    const byMember = await ctx.app.inject({
      method: 'POST',
      url: '/api/pools',
      headers: plain,
      payload: body,
    });
    expect(byMember.statusCode).toBe(403);
    const opened = await ctx.app.inject({ method: 'POST', url: '/api/pools', headers: board, payload: body });
    expect(opened.statusCode, opened.body).toBe(201);
    const pool = opened.json();

    const seen = await ctx.app.inject({ url: `/api/pools/${pool.id}`, headers: plain });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().mayManage).toBe(false);
    expect((await ctx.app.inject({ url: `/api/pools/${pool.id}`, headers: board })).json().mayManage).toBe(
      true,
    );
    expect((await ctx.app.inject({ url: `/api/pools/${pool.id}`, headers: outsider })).statusCode).toBe(403);
    const listed = (await ctx.app.inject({ url: '/api/pools', headers: outsider })).json();
    expect(listed.items.map((p: { id: string }) => p.id)).not.toContain(pool.id);

    const forOther = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/pledges`,
      headers: plain,
      payload: { enterpriseId: other, quantity: 100 },
    });
    expect(forOther.statusCode).toBe(403);
    const own = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/pledges`,
      headers: plain,
      payload: { enterpriseId: member, quantity: 400 },
    });
    expect(own.statusCode, own.body).toBe(200);

    const closeByMember = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/close`,
      headers: plain,
      payload: { version: pool.version },
    });
    expect(closeByMember.statusCode).toBe(403);
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/pools/${pool.id}/close`,
      headers: board,
      payload: { version: pool.version },
    });
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('keeps a centre manager to the pools of their centres', async () => {
    const world = await poolWorld(ctx, 1);
    const elsewhere = await poolWorld(ctx, 1);
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const mine = await openPool(ctx, world);
    const theirs = await openPool(ctx, elsewhere);
    const list = (await ctx.app.inject({ url: '/api/pools', headers: manager })).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    const cancel = (id: string, version: number) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/pools/${id}/cancel`,
        headers: manager,
        payload: { version },
      });
    expect((await cancel(theirs.id, theirs.version)).statusCode).toBe(403);
    expect((await cancel(mine.id, mine.version)).statusCode).toBe(200);
  });

  it('tells members when a pool opens, reminds them before it closes, and tells pledgers of the close and the split', async () => {
    const world = await poolWorld(ctx, 2);
    const [first, second] = world.members as [string, string];
    const firstUser = await ctx.as('enterprise', { enterprises: [first] });
    const secondUser = await ctx.as('enterprise', { enterprises: [second] });
    const pool = await openPool(ctx, world);
    expect(await inbox(secondUser)).toContain('Joint purchase of Kedelai impor is open');
    const reminders = await ctx.db
      .selectFrom('reminders')
      .select(['message_key', 'status', 'due_at'])
      .where('object_id', '=', pool.id)
      .execute();
    expect(reminders).toHaveLength(1);
    const due = new Date(`${pool.closingDate}T01:00:00Z`).getTime() - 2 * 86_400_000;
    expect(reminders[0]).toMatchObject({ message_key: 'pool.closing_soon', status: 'pending' });
    expect(reminders[0]?.due_at.getTime()).toBe(due);

    await post(ctx, `/api/pools/${pool.id}/pledges`, { enterpriseId: first, quantity: 400 });
    const closed = await post(ctx, `/api/pools/${pool.id}/close`, { version: pool.version });
    expect(await inbox(firstUser)).toContain('Joint purchase of Kedelai impor closed');
    expect(await inbox(secondUser)).not.toContain('Joint purchase of Kedelai impor closed');
    const status = await ctx.db
      .selectFrom('reminders')
      .select('status')
      .where('object_id', '=', pool.id)
      .execute();
    expect(status.map((r) => r.status)).toEqual(['cancelled']);

    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const bought = await post(ctx, `/api/pools/${pool.id}/purchase`, {
      version: closed.version,
      purchasedOn: today,
      totalQuantity: 400,
      unitPrice: 11_800,
    });
    await post(ctx, `/api/pools/${pool.id}/split`, { version: bought.version });
    expect(await inbox(firstUser)).toContain('The split of Kedelai impor is recorded');
  });
});

describe('pledge options', () => {
  it('offers an enterprise user its own member firm, an officer every current member, and none once closed', async () => {
    const world = await poolWorld(ctx, 2);
    const [first] = world.members as [string, string];
    const pool = await openPool(ctx, world);
    const own = await ctx.as('enterprise', { enterprises: [first] });
    const mine = (await ctx.app.inject({ url: `/api/pools/${pool.id}`, headers: own })).json();
    expect(mine.pledgeOptions.map((o: { enterpriseId: string }) => o.enterpriseId)).toEqual([first]);
    const all = (await ctx.app.inject({ url: `/api/pools/${pool.id}` })).json();
    expect(all.pledgeOptions.map((o: { enterpriseId: string }) => o.enterpriseId).sort()).toEqual(
      [...world.members].sort(),
    );
    await post(ctx, `/api/pools/${pool.id}/cancel`, { version: pool.version });
    expect((await ctx.app.inject({ url: `/api/pools/${pool.id}` })).json().pledgeOptions).toEqual([]);
  });
});
