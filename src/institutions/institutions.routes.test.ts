import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildChallengeInput, buildInstitutionInput } from '../../test/factories.ts';
import { createCenter, insertEnterprise } from '../memberships/memberships.test-helpers.ts';
import { todayWib } from '../shared/periods.ts';

const ctx = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';

async function create(overrides: Record<string, unknown> = {}) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/institutions',
    payload: buildInstitutionInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

function names(body: { items: { name: string }[] }): string[] {
  return body.items.map((i) => i.name);
}

describe('institutions API', () => {
  it('creates an institution serving centres and reads it back, dropping repeated services', async () => {
    const [cibaduyut, binong] = [await createCenter(ctx), await createCenter(ctx)];
    const created = await create({
      name: 'Koperasi Perajin Sepatu',
      type: 'cooperative',
      legalStatus: 'legal_entity',
      services: ['joint_purchasing', 'showroom', 'joint_purchasing'],
      centerIds: [cibaduyut, binong, cibaduyut],
    });
    expect(created.version).toBe(1);
    const fetched = (await ctx.app.inject({ url: `/api/institutions/${created.id}` })).json();
    expect(fetched).toMatchObject({
      name: 'Koperasi Perajin Sepatu',
      type: 'cooperative',
      legalStatus: 'legal_entity',
      services: ['joint_purchasing', 'showroom'],
      regionCode: '32.73.17.1003',
      foundedYear: 2005,
      activeMemberCount: 0,
      openChallengeCount: 0,
      archivedAt: null,
    });
    expect([...fetched.centerIds].sort()).toEqual([cibaduyut, binong].sort());
  });

  it('filters by type, centre, region prefix, service and text, with totals and sorting', async () => {
    const plered = await createCenter(ctx, { regionCodes: ['32.14.04.2009'] });
    await create({
      name: 'UPTD Keramik Plered',
      type: 'technical_unit',
      regionCode: '32.14.04.2009',
      centerIds: [plered],
      services: ['quality_lab'],
    });
    await create({
      name: 'Koperasi Batur Jaya',
      type: 'cooperative',
      regionCode: '33.10',
      services: ['order_aggregation'],
    });
    await create({ name: 'Forum Klaster Tanpa Wilayah', type: 'cluster_forum', regionCode: null });

    const byType = (await ctx.app.inject({ url: '/api/institutions?type=technical_unit' })).json();
    expect(names(byType)).toEqual(['UPTD Keramik Plered']);
    const byCenter = (await ctx.app.inject({ url: `/api/institutions?center=${plered}` })).json();
    expect(names(byCenter)).toEqual(['UPTD Keramik Plered']);
    const inPurwakarta = (await ctx.app.inject({ url: '/api/institutions?region=32.14' })).json();
    expect(names(inPurwakarta)).toEqual(['UPTD Keramik Plered']);
    const inJateng = (await ctx.app.inject({ url: '/api/institutions?region=33' })).json();
    expect(names(inJateng)).toEqual(['Koperasi Batur Jaya']);
    const aggregating = (await ctx.app.inject({ url: '/api/institutions?service=order_aggregation' })).json();
    expect(names(aggregating)).toEqual(['Koperasi Batur Jaya']);
    const byText = (await ctx.app.inject({ url: '/api/institutions?q=batur' })).json();
    expect(names(byText)).toEqual(['Koperasi Batur Jaya']);

    const page = (await ctx.app.inject({ url: '/api/institutions?limit=2&sort=-name' })).json();
    expect(page).toMatchObject({ limit: 2, offset: 0 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    const all = (await ctx.app.inject({ url: '/api/institutions?sort=-name&limit=500' })).json();
    expect(names(all)).toEqual([...names(all)].sort().reverse());
    expect(names(page)).toEqual(names(all).slice(0, 2));
  });

  it('counts members active today and challenges not yet resolved', async () => {
    const institution = await create();
    const [a, b, c] = [
      await insertEnterprise(ctx, 'IKM Aktif'),
      await insertEnterprise(ctx, 'IKM Keluar'),
      await insertEnterprise(ctx, 'IKM Baru'),
    ];
    const periods = [
      { enterpriseId: a, validFrom: '2019-01-01' },
      { enterpriseId: b, validFrom: '2019-01-01', validTo: '2020-12-31' },
      { enterpriseId: c, validFrom: '2099-01-01' },
      { enterpriseId: b, validFrom: '2021-01-01', validTo: todayWib() },
    ];
    for (const period of periods) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/institution-memberships',
        payload: { institutionId: institution.id, ...period },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const challenges = [
      buildChallengeInput({ status: 'open' }),
      buildChallengeInput({ status: 'addressing', category: 'idle_facility' }),
      buildChallengeInput({ status: 'resolved', resolvedOn: '2024-03-01' }),
    ];
    for (const payload of challenges) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/institutions/${institution.id}/challenges`,
        payload,
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const fetched = (await ctx.app.inject({ url: `/api/institutions/${institution.id}` })).json();
    expect(fetched.activeMemberCount).toBe(2);
    expect(fetched.openChallengeCount).toBe(2);
    const listed = (
      await ctx.app.inject({ url: `/api/institutions?q=${encodeURIComponent(institution.name)}` })
    ).json();
    expect(listed.items[0]).toMatchObject({ activeMemberCount: 2, openChallengeCount: 2 });
  });

  it('updates with the current version and refuses a stale one without changing anything', async () => {
    const created = await create({ services: ['training'] });
    const ok = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${created.id}`,
      payload: { version: 1, legalStatus: 'legal_entity', services: ['training', 'financing'] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      version: 2,
      legalStatus: 'legal_entity',
      services: ['training', 'financing'],
    });
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${created.id}`,
      payload: { version: 1, name: 'Nama Lain', centerIds: [] },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const after = (await ctx.app.inject({ url: `/api/institutions/${created.id}` })).json();
    expect(after).toMatchObject({ name: created.name, version: 2, legalStatus: 'legal_entity' });
  });

  it('replaces the served centres on update and clears optional fields with null', async () => {
    const [first, second] = [await createCenter(ctx), await createCenter(ctx)];
    const created = await create({ centerIds: [first], description: 'Berdiri setelah pameran 2005.' });
    const updated = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${created.id}`,
      payload: { version: 1, centerIds: [second], description: null, regionCode: null },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ centerIds: [second], description: null, regionCode: null });
    const servingFirst = (await ctx.app.inject({ url: `/api/institutions?center=${first}` })).json();
    expect(servingFirst.total).toBe(0);
  });

  it('rejects unknown fields and bad values with field paths, in Bahasa Indonesia by default', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/institutions',
      payload: { ...buildInstitutionInput({ type: 'club' as never }), members: [] },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Data tidak valid.');
    expect(error.details.map((d: { path: string }) => d.path).sort()).toEqual(['members', 'type']);
    const badQuery = await ctx.app.inject({ url: '/api/institutions?colour=red' });
    expect(badQuery.statusCode).toBe(400);
  });

  it('refuses unknown regions and centres with the path of each, in English when asked', async () => {
    const known = await createCenter(ctx);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/institutions?lang=en',
      payload: buildInstitutionInput({ regionCode: '32.99', centerIds: [known, MISSING] }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      { path: 'regionCode', message: 'Unknown region code 32.99.' },
      { path: 'centerIds.1', message: `centerIds.1: ${MISSING} does not exist.` },
    ]);
    const indonesian = await ctx.app.inject({
      method: 'POST',
      url: '/api/institutions',
      payload: buildInstitutionInput({ centerIds: [MISSING] }),
    });
    expect(indonesian.json().error.message).toBe(`centerIds.0: ${MISSING} tidak ditemukan.`);
  });

  it('archives and restores, hiding archived institutions from lists', async () => {
    const created = await create({ name: 'Paguyuban Arsip' });
    const archived = await ctx.app.inject({
      method: 'POST',
      url: `/api/institutions/${created.id}/archive`,
      payload: { version: 1 },
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await ctx.app.inject({ url: '/api/institutions?q=Arsip' })).json().total).toBe(0);
    const withArchived = await ctx.app.inject({ url: '/api/institutions?q=Arsip&includeArchived=true' });
    expect(withArchived.json().total).toBe(1);
    const again = await ctx.app.inject({ method: 'POST', url: `/api/institutions/${created.id}/archive` });
    expect(again.statusCode).toBe(422);
    const stale = await ctx.app.inject({
      method: 'POST',
      url: `/api/institutions/${created.id}/restore`,
      payload: { version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const restored = await ctx.app.inject({ method: 'POST', url: `/api/institutions/${created.id}/restore` });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ archivedAt: null, version: 3 });
    expect((await ctx.app.inject({ url: '/api/institutions?q=Arsip' })).json().total).toBe(1);
  });

  it('answers 404 for a missing or malformed id and 409 for a duplicate external id', async () => {
    expect((await ctx.app.inject({ url: '/api/institutions/not-a-uuid' })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: `/api/institutions/${MISSING}` })).statusCode).toBe(404);
    const patchMissing = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${MISSING}`,
      payload: { version: 1 },
    });
    expect(patchMissing.statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ method: 'POST', url: `/api/institutions/${MISSING}/archive` })).statusCode,
    ).toBe(404);
    await create({ externalId: 'LEMBAGA-001' });
    const duplicate = await ctx.app.inject({
      method: 'POST',
      url: '/api/institutions',
      payload: buildInstitutionInput({ externalId: 'LEMBAGA-001' }),
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.details[0].path).toBe('externalId');
    const other = await create();
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${other.id}`,
      payload: { version: 1, externalId: 'LEMBAGA-001' },
    });
    expect(renamed.statusCode).toBe(409);
  });
});
