import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import { todayWib } from '../shared/periods.ts';
import { addDays } from './calendar-days.ts';
import { recordFacility } from './facilities.test-helpers.ts';

const ctx = useTestApp();

const book = (id: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: `/api/facilities/${id}/bookings?lang=en`, payload, headers });

const bookingCount = async (facilityId: string) =>
  (await ctx.db.selectFrom('facility_bookings').select('id').where('facility_id', '=', facilityId).execute())
    .length;

describe('shared facilities', () => {
  it('books whole days, refuses an overlap naming the facility and the days, and frees them on cancel', async () => {
    const world = await poolWorld(ctx, 2);
    const [first, second] = world.members as [string, string];
    const kiln = await recordFacility(ctx, world.centerId, { institutionId: world.institutionId });
    expect(kiln).toMatchObject({ kind: 'kiln', institutionName: expect.any(String), status: 'active' });

    const booked = await book(kiln.id, { enterpriseId: first, startsOn: '2030-03-04', endsOn: '2030-03-06' });
    expect(booked.statusCode, booked.body).toBe(201);
    const clash = await book(kiln.id, { enterpriseId: second, startsOn: '2030-03-06', endsOn: '2030-03-07' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toContain('Tungku bersama');
    expect(clash.json().error.message).toContain('2030-03-04');
    expect(clash.json().error.message).toContain('2030-03-06');
    expect(await bookingCount(kiln.id)).toBe(1);

    const cancelled = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/facilities/${kiln.id}/bookings/${booked.json().id}`,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().cancelledAt).not.toBeNull();
    const again = await book(kiln.id, { enterpriseId: second, startsOn: '2030-03-06', endsOn: '2030-03-07' });
    expect(again.statusCode, again.body).toBe(201);

    const calendar = await ctx.app.inject({ url: `/api/facilities/${kiln.id}/bookings?month=2030-03-01` });
    expect(calendar.json().bookings.map((b: { enterpriseId: string }) => b.enterpriseId)).toEqual([second]);
    expect(calendar.json().openDays).toHaveLength(31);
  });

  it('refuses a closed day and a firm outside the centre in the user’s language, writing nothing', async () => {
    const world = await poolWorld(ctx, 1);
    const kiln = await recordFacility(ctx, world.centerId, { openWeekdays: [1, 2, 3, 4, 5] });
    // 2030-03-09 is a Saturday.
    const closed = await book(kiln.id, {
      enterpriseId: world.members[0],
      startsOn: '2030-03-08',
      endsOn: '2030-03-09',
    });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().error.message).toBe('Tungku bersama is closed on 2030-03-09: book open days only.');
    const outsider = await ctx.app.inject({
      method: 'POST',
      url: `/api/facilities/${kiln.id}/bookings?lang=id`,
      payload: { enterpriseId: world.outsider, startsOn: '2030-03-04', endsOn: '2030-03-04' },
    });
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().error.details[0].path).toBe('enterpriseId');
    expect(outsider.json().error.message).toContain('bukan anggota sentra');
    expect(await bookingCount(kiln.id)).toBe(0);
  });

  it('lets a firm book for itself only and hides other firms’ purposes from it', async () => {
    const world = await poolWorld(ctx, 2);
    const [mine, theirs] = world.members as [string, string];
    const kiln = await recordFacility(ctx, world.centerId);
    const owner = await ctx.as('enterprise', { enterprises: [mine] });
    await book(kiln.id, {
      enterpriseId: theirs,
      startsOn: '2030-05-01',
      endsOn: '2030-05-01',
      purpose: 'Rahasia',
    });
    expect(
      (await book(kiln.id, { enterpriseId: theirs, startsOn: '2030-05-02', endsOn: '2030-05-02' }, owner))
        .statusCode,
    ).toBe(403);
    const own = await book(
      kiln.id,
      { enterpriseId: mine, startsOn: '2030-05-03', endsOn: '2030-05-03' },
      owner,
    );
    expect(own.statusCode, own.body).toBe(201);
    const calendar = (
      await ctx.app.inject({ url: `/api/facilities/${kiln.id}/bookings?month=2030-05-01`, headers: owner })
    ).json();
    const other = calendar.bookings.find((b: { enterpriseId: string }) => b.enterpriseId === theirs);
    expect(other).toMatchObject({ purpose: null, mayCancel: false });
    expect(calendar.bookableFirms.map((f: { id: string }) => f.id)).toEqual([mine]);
    const outsider = await ctx.as('enterprise', { enterprises: [world.outsider] });
    expect((await ctx.app.inject({ url: `/api/facilities/${kiln.id}`, headers: outsider })).statusCode).toBe(
      403,
    );
  });

  it('computes utilisation from used bookings and walk-ins, and flags an idle facility', async () => {
    const world = await poolWorld(ctx, 1);
    const [firm] = world.members as [string];
    const busy = await recordFacility(ctx, world.centerId, { name: 'Busy' });
    const idle = await recordFacility(ctx, world.centerId, { name: 'Idle' });
    const today = todayWib();
    const from = addDays(today, -29);
    const booked = (
      await book(busy.id, { enterpriseId: firm, startsOn: from, endsOn: addDays(from, 19) })
    ).json();
    const usage = await ctx.app.inject({
      method: 'POST',
      url: `/api/facilities/${busy.id}/bookings/${booked.id}/usage`,
      payload: { used: true },
    });
    expect(usage.json().used).toBe(true);
    const walkIn = await ctx.app.inject({
      method: 'POST',
      url: `/api/facilities/${idle.id}/usage`,
      payload: { usedOn: today, enterpriseId: firm },
    });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    const future = await ctx.app.inject({
      method: 'POST',
      url: `/api/facilities/${idle.id}/usage?lang=en`,
      payload: { usedOn: addDays(today, 3) },
    });
    expect(future.statusCode).toBe(422);

    const figures = (
      await ctx.app.inject({
        url: `/api/centers/${world.centerId}/facility-utilisation?from=${from}&to=${today}`,
      })
    ).json();
    const byName = Object.fromEntries(figures.facilities.map((f: { name: string }) => [f.name, f]));
    expect(byName.Busy).toMatchObject({ availableDays: 30, usedDays: 20, idle: false });
    expect(byName.Idle).toMatchObject({ availableDays: 30, usedDays: 1, idle: true });
    const list = (await ctx.app.inject({ url: `/api/centers/${world.centerId}/facilities` })).json();
    expect(list.items.find((f: { name: string }) => f.name === 'Idle').utilisation.idle).toBe(true);
  });

  it('archives with the version read and refuses a stale version', async () => {
    const world = await poolWorld(ctx, 1);
    const kiln = await recordFacility(ctx, world.centerId);
    const patch = (version: number) =>
      ctx.app.inject({
        method: 'PATCH',
        url: `/api/facilities/${kiln.id}`,
        payload: { status: 'archived', version },
      });
    expect((await patch(1)).json().status).toBe('archived');
    expect((await patch(1)).statusCode).toBe(409);
    const archived = await book(kiln.id, {
      enterpriseId: world.members[0],
      startsOn: '2030-03-04',
      endsOn: '2030-03-04',
    });
    expect(archived.json().error.message).toContain('archived');
  });
});
