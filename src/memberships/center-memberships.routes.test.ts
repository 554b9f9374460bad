import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createCenter, insertEnterprise } from './memberships.test-helpers.ts';

const ctx = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';

interface Member {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  role: string;
  validFrom: string;
  validTo: string | null;
}

async function join(payload: Record<string, unknown>, lang = 'id') {
  return ctx.app.inject({ method: 'POST', url: `/api/center-memberships?lang=${lang}`, payload });
}

async function joined(payload: Record<string, unknown>): Promise<Member> {
  const response = await join(payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function members(centerId: string, query = ''): Promise<{ items: Member[]; total: number }> {
  const response = await ctx.app.inject({ url: `/api/centers/${centerId}/members${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const names = (page: { items: Member[] }) => page.items.map((m) => m.enterpriseName);

describe('centre memberships', () => {
  let center: string;
  let asep: string;
  let euis: string;

  beforeAll(async () => {
    center = await createCenter(ctx, { name: 'Sentra Rajut Binong Jati' });
    asep = await insertEnterprise(ctx, 'Rajut Asep');
    euis = await insertEnterprise(ctx, 'Rajut Euis');
  });

  it('lists the members of a given day, of today by default, and every period on request', async () => {
    const first = await joined({
      centerId: center,
      enterpriseId: asep,
      validFrom: '2020-01-01',
      validTo: '2021-12-31',
    });
    expect(first).toMatchObject({ centerId: center, enterpriseName: 'Rajut Asep', role: 'member' });
    await joined({ centerId: center, enterpriseId: asep, validFrom: '2022-01-01', role: 'board' });
    await joined({ centerId: center, enterpriseId: euis, validFrom: '2021-06-01', validTo: '2021-06-30' });

    const midYear = await members(center, '?at=2021-06-15');
    expect(names(midYear)).toEqual(['Rajut Asep', 'Rajut Euis']);
    expect(midYear.items[0]).toMatchObject({
      validFrom: '2020-01-01',
      validTo: '2021-12-31',
      role: 'member',
    });
    expect(names(await members(center, '?at=2021-07-01'))).toEqual(['Rajut Asep']);
    // Both ends of a period count as membership days.
    expect(names(await members(center, '?at=2021-06-01'))).toEqual(['Rajut Asep', 'Rajut Euis']);
    expect(names(await members(center, '?at=2021-06-30'))).toEqual(['Rajut Asep', 'Rajut Euis']);
    expect(names(await members(center, '?at=2021-05-31'))).toEqual(['Rajut Asep']);
    expect((await members(center, '?at=2019-12-31')).total).toBe(0);
    const today = await members(center);
    expect(today.items).toEqual([
      expect.objectContaining({ enterpriseName: 'Rajut Asep', role: 'board', validTo: null }),
    ]);

    const history = await members(center, '?history=true&sort=validFrom');
    expect(history.items.map((m) => [m.enterpriseName, m.validFrom])).toEqual([
      ['Rajut Asep', '2020-01-01'],
      ['Rajut Euis', '2021-06-01'],
      ['Rajut Asep', '2022-01-01'],
    ]);
    expect((await members(center, '?history=true&role=board')).total).toBe(1);
    const profile = (await ctx.app.inject({ url: `/api/centers/${center}` })).json();
    expect(profile.activeMemberCount).toBe(1);
  });

  it('detects overlapping periods, including open-ended ones, and names the conflicting period', async () => {
    const center = await createCenter(ctx);
    const dedi = await insertEnterprise(ctx, 'Sepatu Dedi');
    const closed = await joined({
      centerId: center,
      enterpriseId: dedi,
      validFrom: '2018-01-01',
      validTo: '2019-12-31',
    });

    const inside = await join({
      centerId: center,
      enterpriseId: dedi,
      validFrom: '2019-06-01',
      validTo: '2019-07-01',
    });
    expect(inside.statusCode).toBe(422);
    expect(inside.json().error.details).toEqual([
      {
        path: 'validFrom',
        message: `IKM ini sudah tercatat sebagai anggota sentra ini pada periode 2018-01-01 – 2019-12-31 (keanggotaan ${closed.id}); periode keanggotaan tidak boleh tumpang tindih.`,
      },
    ]);
    const openEndedBefore = await join({ centerId: center, enterpriseId: dedi, validFrom: '2017-01-01' });
    expect(openEndedBefore.statusCode).toBe(422);
    // Sharing a single first or last day is already an overlap.
    const touchingStart = await join({
      centerId: center,
      enterpriseId: dedi,
      validFrom: '2016-01-01',
      validTo: '2018-01-01',
    });
    expect(touchingStart.statusCode).toBe(422);
    const touchingEnd = await join({
      centerId: center,
      enterpriseId: dedi,
      validFrom: '2019-12-31',
      validTo: '2019-12-31',
    });
    expect(touchingEnd.statusCode).toBe(422);

    const open = await joined({ centerId: center, enterpriseId: dedi, validFrom: '2020-01-01' });
    const farFuture = await join(
      { centerId: center, enterpriseId: dedi, validFrom: '2030-01-01', validTo: '2030-12-31' },
      'en',
    );
    expect(farFuture.statusCode).toBe(422);
    expect(farFuture.json().error.message).toBe(
      `This enterprise is already recorded as a member of this centre for 2020-01-01 – ongoing (membership ${open.id}); membership periods cannot overlap.`,
    );
    const before = await joined({
      centerId: center,
      enterpriseId: dedi,
      validFrom: '2010-01-01',
      validTo: '2017-12-31',
    });
    expect(before.validTo).toBe('2017-12-31');

    // Another enterprise, or the same enterprise in another centre, is no conflict.
    const other = await insertEnterprise(ctx, 'Sepatu Rina');
    await joined({ centerId: center, enterpriseId: other, validFrom: '2019-01-01' });
    const secondCenter = await createCenter(ctx);
    await joined({ centerId: secondCenter, enterpriseId: dedi, validFrom: '2019-01-01' });
    expect((await members(center, '?history=true')).total).toBe(4);
  });

  it('ends a membership, changes its role and refuses edits that break the rules', async () => {
    const center = await createCenter(ctx);
    const ujang = await insertEnterprise(ctx, 'Kulit Ujang');
    const early = await joined({
      centerId: center,
      enterpriseId: ujang,
      validFrom: '2015-01-01',
      validTo: '2016-12-31',
    });
    const current = await joined({ centerId: center, enterpriseId: ujang, validFrom: '2020-01-01' });
    const url = `/api/center-memberships/${current.id}`;

    const ended = await ctx.app.inject({
      method: 'PATCH',
      url,
      payload: { validTo: '2023-06-30', role: 'manager' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ validFrom: '2020-01-01', validTo: '2023-06-30', role: 'manager' });
    expect((await members(center)).total).toBe(0);

    const backwards = await ctx.app.inject({ method: 'PATCH', url, payload: { validTo: '2019-12-31' } });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details[0].path).toBe('validTo');
    const overlapping = await ctx.app.inject({ method: 'PATCH', url, payload: { validFrom: '2016-12-31' } });
    expect(overlapping.statusCode).toBe(422);
    expect(overlapping.json().error.message).toContain(early.id);
    const earlyReopened = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/center-memberships/${early.id}`,
      payload: { validTo: null },
    });
    expect(earlyReopened.statusCode).toBe(422);
    expect(earlyReopened.json().error.message).toContain(current.id);

    const after = (await members(center, '?history=true&sort=validFrom')).items;
    expect(after.map((m) => [m.validFrom, m.validTo, m.role])).toEqual([
      ['2015-01-01', '2016-12-31', 'member'],
      ['2020-01-01', '2023-06-30', 'manager'],
    ]);
  });

  it('deletes a membership entered by mistake', async () => {
    const center = await createCenter(ctx);
    const enterprise = await insertEnterprise(ctx, 'Salah Input');
    const mistake = await joined({ centerId: center, enterpriseId: enterprise, validFrom: '2024-01-01' });
    const deleted = await ctx.app.inject({ method: 'DELETE', url: `/api/center-memberships/${mistake.id}` });
    expect(deleted.statusCode).toBe(204);
    expect((await members(center, '?history=true')).total).toBe(0);
    const again = await ctx.app.inject({ method: 'DELETE', url: `/api/center-memberships/${mistake.id}` });
    expect(again.statusCode).toBe(404);
  });

  it('requires both ends to exist and be current, and the period to run forwards', async () => {
    const missingBoth = await join(
      { centerId: MISSING, enterpriseId: MISSING, validFrom: '2024-01-01' },
      'en',
    );
    expect(missingBoth.statusCode).toBe(422);
    expect(missingBoth.json().error.details).toEqual([
      { path: 'centerId', message: `Centre with id ${MISSING} was not found.` },
      { path: 'enterpriseId', message: `Enterprise with id ${MISSING} was not found.` },
    ]);
    const backwards = await join({
      centerId: center,
      enterpriseId: euis,
      validFrom: '2024-02-01',
      validTo: '2024-01-31',
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details).toEqual([
      { path: 'validTo', message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' },
    ]);
    const closed = await insertEnterprise(ctx, 'IKM Tutup', { archived: true });
    const archived = await join({ centerId: center, enterpriseId: closed, validFrom: '2024-01-01' });
    expect(archived.statusCode).toBe(422);
    expect(archived.json().error.details[0]).toEqual({
      path: 'enterpriseId',
      message: 'IKM ini sudah diarsipkan.',
    });
  });

  it('validates bodies and queries and answers 404 for unknown ids', async () => {
    const unknownField = await join({
      centerId: center,
      enterpriseId: asep,
      validFrom: '2030-01-01',
      note: 'x',
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error.details.map((d: { path: string }) => d.path)).toEqual(['note']);
    const badRole = await join({
      centerId: center,
      enterpriseId: asep,
      validFrom: '2030-01-01',
      role: 'chair',
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.details[0].path).toBe('role');
    const both = await ctx.app.inject({ url: `/api/centers/${center}/members?at=2024-01-01&history=true` });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details[0].path).toBe('querystring.at');
    const bothEn = await ctx.app.inject({
      url: `/api/centers/${center}/members?history=true&at=2024-01-01&lang=en`,
    });
    expect(bothEn.json().error.details).toEqual([
      {
        path: 'querystring.at',
        message: 'Use either at (one day) or history=true (every period), not both.',
      },
    ]);
    const badDate = await ctx.app.inject({ url: `/api/centers/${center}/members?at=2024-02-30` });
    expect(badDate.statusCode).toBe(400);
    const moveCenter = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/center-memberships/${MISSING}`,
      payload: { centerId: center },
    });
    expect(moveCenter.statusCode).toBe(400);

    expect((await ctx.app.inject({ url: `/api/centers/${MISSING}/members` })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/centers/nope/members' })).statusCode).toBe(404);
    const patchMissing = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/center-memberships/${MISSING}?lang=en`,
      payload: { role: 'board' },
    });
    expect(patchMissing.statusCode).toBe(404);
    expect(patchMissing.json().error.message).toBe(`Membership with id ${MISSING} was not found.`);
    expect((await ctx.app.inject({ method: 'DELETE', url: '/api/center-memberships/nope' })).statusCode).toBe(
      404,
    );
  });
});
