import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createCenter, createInstitution, insertEnterprise } from './memberships.test-helpers.ts';

const ctx = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';

async function join(payload: Record<string, unknown>, lang = 'id') {
  return ctx.app.inject({ method: 'POST', url: `/api/institution-memberships?lang=${lang}`, payload });
}

describe('institution memberships', () => {
  it('records board roles over time and lists members by date', async () => {
    const koperasi = await createInstitution(ctx, { name: 'Koperasi Batur Jaya', type: 'cooperative' });
    const pengecoran = await insertEnterprise(ctx, 'Pengecoran Logam Sinar');
    const member = await join({
      institutionId: koperasi,
      enterpriseId: pengecoran,
      validFrom: '2015-03-01',
      validTo: '2019-02-28',
    });
    expect(member.statusCode, member.body).toBe(201);
    expect(member.json()).toMatchObject({
      institutionId: koperasi,
      role: 'member',
      enterpriseName: 'Pengecoran Logam Sinar',
    });
    const chair = await join({
      institutionId: koperasi,
      enterpriseId: pengecoran,
      validFrom: '2019-03-01',
      role: 'chair',
    });
    expect(chair.statusCode, chair.body).toBe(201);

    const list = async (query: string) =>
      (await ctx.app.inject({ url: `/api/institutions/${koperasi}/members${query}` })).json();
    expect((await list('?at=2018-01-01')).items.map((m: { role: string }) => m.role)).toEqual(['member']);
    expect((await list('')).items.map((m: { role: string }) => m.role)).toEqual(['chair']);
    expect((await list('?history=true')).total).toBe(2);
    expect((await list('?history=true&role=chair')).total).toBe(1);
    expect((await list('?history=true&q=sinar')).total).toBe(2);
    expect((await list('?history=true&q=tidak-ada')).total).toBe(0);
    const institution = (await ctx.app.inject({ url: `/api/institutions/${koperasi}` })).json();
    expect(institution.activeMemberCount).toBe(1);

    const overlap = await join(
      { institutionId: koperasi, enterpriseId: pengecoran, validFrom: '2024-01-01', role: 'treasurer' },
      'en',
    );
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json().error.message).toBe(
      `This enterprise is already recorded as a member of this institution for 2019-03-01 – ongoing (membership ${chair.json().id}); membership periods cannot overlap.`,
    );
  });

  it('keeps centre and institution memberships apart', async () => {
    const center = await createCenter(ctx);
    const paguyuban = await createInstitution(ctx, { centerIds: [center] });
    const enterprise = await insertEnterprise(ctx, 'Batik Kauman Sari');
    const inCenter = await ctx.app.inject({
      method: 'POST',
      url: '/api/center-memberships',
      payload: { centerId: center, enterpriseId: enterprise, validFrom: '2020-01-01' },
    });
    expect(inCenter.statusCode).toBe(201);
    // The same dates in an institution are no overlap: they are different kinds of membership.
    const inInstitution = await join({
      institutionId: paguyuban,
      enterpriseId: enterprise,
      validFrom: '2020-01-01',
    });
    expect(inInstitution.statusCode).toBe(201);
    const crossed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institution-memberships/${inCenter.json().id}`,
      payload: { role: 'board' },
    });
    expect(crossed.statusCode).toBe(404);
    const wrongOwner = await join({
      institutionId: center,
      enterpriseId: enterprise,
      validFrom: '2030-01-01',
    });
    expect(wrongOwner.statusCode).toBe(422);
    expect(wrongOwner.json().error.details[0].path).toBe('institutionId');
    const centerRole = await join({
      institutionId: paguyuban,
      enterpriseId: enterprise,
      validFrom: '2030-01-01',
      role: 'owner',
    });
    expect(centerRole.statusCode).toBe(400);
  });

  it('lets only one of several simultaneous overlapping requests through', async () => {
    const institution = await createInstitution(ctx);
    const enterprise = await insertEnterprise(ctx, 'IKM Serentak');
    const responses = await Promise.all(
      ['2022-01-01', '2022-02-01', '2022-03-01', '2022-04-01'].map((validFrom) =>
        join({ institutionId: institution, enterpriseId: enterprise, validFrom }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 422, 422, 422]);
  });

  it('updates, deletes and refuses archived owners', async () => {
    const institution = await createInstitution(ctx);
    const enterprise = await insertEnterprise(ctx, 'IKM Bendahara');
    const created = (
      await join({ institutionId: institution, enterpriseId: enterprise, validFrom: '2021-01-01' })
    ).json();
    const updated = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institution-memberships/${created.id}`,
      payload: { role: 'treasurer', validTo: '2021-12-31' },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ role: 'treasurer', validTo: '2021-12-31' });
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/institution-memberships/${created.id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ url: `/api/institutions/${institution}/members?history=true` })).json().total,
    ).toBe(0);

    await ctx.app.inject({ method: 'POST', url: `/api/institutions/${institution}/archive` });
    const archived = await join({
      institutionId: institution,
      enterpriseId: enterprise,
      validFrom: '2022-01-01',
    });
    expect(archived.statusCode).toBe(422);
    expect(archived.json().error.details).toEqual([
      { path: 'institutionId', message: 'Lembaga ini sudah diarsipkan.' },
    ]);
    expect((await ctx.app.inject({ url: `/api/institutions/${MISSING}/members` })).statusCode).toBe(404);
    const unknownField = await join({
      institutionId: institution,
      enterpriseId: enterprise,
      validFrom: '2022-01-01',
      centerId: MISSING,
    });
    expect(unknownField.statusCode).toBe(400);
  });
});
