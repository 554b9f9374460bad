import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { sweepOverdue } from '../notifications/overdue.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import { todayWib } from '../shared/periods.ts';
import { addDays } from './calendar-days.ts';
import { recordFacility } from './facilities.test-helpers.ts';
import { idleFacilitiesOverdue } from './facility-idle.ts';

const ctx = useTestApp();

describe('idle facility check', () => {
  it('tells the centre manager once of an idle facility, and not of a busy one', async () => {
    const world = await poolWorld(ctx, 1);
    const idle = await recordFacility(ctx, world.centerId, { name: 'Tungku sepi' });
    const busy = await recordFacility(ctx, world.centerId, { name: 'Tungku ramai' });
    const today = todayWib();
    for (let day = 0; day < 30; day += 1) {
      const usedOn = addDays(today, -day);
      const walkIn = await ctx.app.inject({
        method: 'POST',
        url: `/api/facilities/${busy.id}/usage`,
        payload: { usedOn },
      });
      expect(walkIn.statusCode, walkIn.body).toBe(201);
    }
    const headers = await ctx.as('center_manager', { centers: [world.centerId] });
    const managerId = (await ctx.app.inject({ url: '/api/auth/me', headers })).json().user.id as string;
    const told = () =>
      ctx.db
        .selectFrom('notifications')
        .select('object_id')
        .where('user_id', '=', managerId)
        .where('message_key', '=', 'facility.idle')
        .execute();

    await sweepOverdue(ctx.db, [idleFacilitiesOverdue], today);
    expect((await told()).map((n) => n.object_id)).toEqual([idle.id]);
    await sweepOverdue(ctx.db, [idleFacilitiesOverdue], today);
    expect(await told()).toHaveLength(1);
  });
});
