import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';

const ctx = useTestApp();

async function create(overrides = {}) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: buildEnterpriseInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const names = (page: { items: { name: string }[] }) => page.items.map((e) => e.name).sort();

describe('enterprises API', () => {
  it('creates an enterprise whose owner is a person, and reads it back', async () => {
    const created = await create({
      name: 'Sepatu Wening',
      ownerName: 'Wening Pratiwi',
      nib: '9120001234567',
      phone: '(022) 540-1234',
    });
    expect(created).toMatchObject({
      version: 1,
      name: 'Sepatu Wening',
      ownerName: 'Wening Pratiwi',
      regionCode: '32.73.17.1003',
      regionName: 'Cibaduyut',
      phone: '+62225401234',
      legalForm: 'UD',
      formality: 'formal',
      memberships: [],
      latestYear: [],
      sizeClasses: [],
    });
    const owner = (await ctx.app.inject({ url: `/api/people/${created.ownerPersonId}` })).json();
    expect(owner.fullName).toBe('Wening Pratiwi');
    expect(owner.roles).toEqual(['owner']);
    expect(owner.affiliations).toEqual([
      { enterpriseId: created.id, institutionId: null, name: 'Sepatu Wening', role: 'owner' },
    ]);
    const fetched = (await ctx.app.inject({ url: `/api/enterprises/${created.id}` })).json();
    expect(fetched.ownerName).toBe('Wening Pratiwi');
  });

  it('counts an enterprise without a NIB as informal unless told otherwise', async () => {
    expect((await create()).formality).toBe('informal');
    expect((await create({ formality: 'formal' })).formality).toBe('formal');
  });

  it('refuses unknown fields and a malformed NIB with field paths', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      payload: buildEnterpriseInput({ nib: '12345', tkl: 4 } as never),
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['nib', 'tkl']);
  });

  it('refuses an unknown region and a region above district level (422), in English when asked', async () => {
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises?lang=en',
      payload: buildEnterpriseInput({ regionCode: '32.73.99.9999' }),
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([
      { path: 'regionCode', message: 'Unknown region code 32.73.99.9999.' },
    ]);
    const city = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      payload: buildEnterpriseInput({ regionCode: '32.73', ownerName: 'Pemilik Salah Wilayah' }),
    });
    expect(city.statusCode).toBe(422);
    expect(city.json().error.details[0].message).toBe(
      'Kode wilayah 32.73 (Kota Bandung) bukan kecamatan atau desa/kelurahan; IKM dicatat di salah satunya.',
    );
    const orphans = (await ctx.app.inject({ url: '/api/people?q=Salah%20Wilayah' })).json();
    expect(orphans.total).toBe(0);
  });

  it('answers 409 for a duplicate NIB or external id, naming the field', async () => {
    await create({ nib: '9120009999999', externalId: 'DISPERINDAG-1' });
    const nib = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      payload: buildEnterpriseInput({ nib: '9120009999999' }),
    });
    expect(nib.statusCode).toBe(409);
    expect(nib.json().error.details[0].path).toBe('nib');
    const external = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      payload: buildEnterpriseInput({ externalId: 'DISPERINDAG-1' }),
    });
    expect(external.statusCode).toBe(409);
    expect(external.json().error.details[0].path).toBe('externalId');
  });

  it('does not leave an orphan owner behind when the enterprise is refused', async () => {
    await create({ nib: '9120008888888' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      payload: buildEnterpriseInput({ nib: '9120008888888', ownerName: 'Pemilik Yatim Piatu' }),
    });
    expect(response.statusCode).toBe(409);
    const orphans = (await ctx.app.inject({ url: '/api/people?q=Yatim' })).json();
    expect(orphans.total).toBe(0);
  });

  it('updates with the current version, renames the owner person, and refuses a stale version', async () => {
    const created = await create({ ownerName: 'Asep Sunarya' });
    const ok = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${created.id}`,
      payload: { version: 1, ownerName: 'Asep Sunandar', products: 'Sepatu dan sandal', legalForm: 'CV' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, ownerName: 'Asep Sunandar', legalForm: 'CV' });
    const owner = (await ctx.app.inject({ url: `/api/people/${created.ownerPersonId}` })).json();
    expect(owner).toMatchObject({ fullName: 'Asep Sunandar', version: 2 });
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${created.id}`,
      payload: { version: 1, ownerName: 'Orang Lain', products: 'Tas' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const after = (await ctx.app.inject({ url: `/api/enterprises/${created.id}` })).json();
    expect(after).toMatchObject({ version: 2, ownerName: 'Asep Sunandar', products: 'Sepatu dan sandal' });
  });

  it('archives and restores, hiding archived enterprises from lists', async () => {
    const created = await create({ name: 'IKM Arsip Cibaduyut' });
    const archived = await ctx.app.inject({ method: 'POST', url: `/api/enterprises/${created.id}/archive` });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await ctx.app.inject({ url: '/api/enterprises?q=Arsip' })).json().total).toBe(0);
    const all = (await ctx.app.inject({ url: '/api/enterprises?q=Arsip&includeArchived=true' })).json();
    expect(all.total).toBe(1);
    const again = await ctx.app.inject({ method: 'POST', url: `/api/enterprises/${created.id}/archive` });
    expect(again.statusCode).toBe(422);
    const stale = await ctx.app.inject({
      method: 'POST',
      url: `/api/enterprises/${created.id}/restore`,
      payload: { version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const restored = await ctx.app.inject({
      method: 'POST',
      url: `/api/enterprises/${created.id}/restore`,
      payload: { version: 2 },
    });
    expect(restored.statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/api/enterprises?q=Arsip' })).json().total).toBe(1);
  });

  it('answers 404 for a malformed or missing id, in English when asked', async () => {
    expect((await ctx.app.inject({ url: '/api/enterprises/not-a-uuid' })).statusCode).toBe(404);
    const missing = await ctx.app.inject({
      url: '/api/enterprises/00000000-0000-4000-8000-000000000000?lang=en',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe(
      'Enterprise with id 00000000-0000-4000-8000-000000000000 was not found.',
    );
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/enterprises/00000000-0000-4000-8000-000000000000',
      payload: { version: 1, name: 'X' },
    });
    expect(patch.statusCode).toBe(404);
  });
});

describe('enterprise list filters', () => {
  it('filters by region prefix, KBLI prefix, legal form, formality and owner name', async () => {
    await create({
      name: 'Keramik Anjun Filter',
      ownerName: 'Dadang Filter',
      regionCode: '32.14.04.2009',
      kbli: [{ code: '23932', version: '2020' }],
      legalForm: 'individual',
      nib: '9120005555555',
    });
    await create({
      name: 'Tembaga Tumang Filter',
      ownerName: 'Slamet Filter',
      regionCode: '33.09.03.2013',
      kbli: [{ code: '24202', version: '2020' }],
      legalForm: 'CV',
    });
    const filter = async (query: string) =>
      names((await ctx.app.inject({ url: `/api/enterprises?q=Filter&${query}` })).json());
    expect(await filter('region=32.14')).toEqual(['Keramik Anjun Filter']);
    expect(await filter('region=33')).toEqual(['Tembaga Tumang Filter']);
    expect(await filter('kbli=239')).toEqual(['Keramik Anjun Filter']);
    expect(await filter('legalForm=CV')).toEqual(['Tembaga Tumang Filter']);
    expect(await filter('formality=formal')).toEqual(['Keramik Anjun Filter']);
    expect(names((await ctx.app.inject({ url: '/api/enterprises?q=slamet' })).json())).toEqual([
      'Tembaga Tumang Filter',
    ]);
    const sorted = (await ctx.app.inject({ url: '/api/enterprises?q=Filter&sort=-name&limit=1' })).json();
    expect(sorted).toMatchObject({ total: 2, limit: 1, items: [{ name: 'Tembaga Tumang Filter' }] });
    expect((await ctx.app.inject({ url: '/api/enterprises?legalForm=GmbH' })).statusCode).toBe(400);
  });

  it('filters by centre through memberships active today, and shows them on the enterprise', async () => {
    const center = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/centers',
        payload: buildCenterInput({ name: 'Sentra M' }),
      })
    ).json();
    const current = await create({ name: 'Anggota Aktif' });
    const former = await create({ name: 'Anggota Lama' });
    await create({ name: 'Bukan Anggota' });
    await ctx.db
      .insertInto('center_memberships')
      .values([
        { center_id: center.id, enterprise_id: current.id, valid_from: '2020-01-01', role: 'board' },
        {
          center_id: center.id,
          enterprise_id: former.id,
          valid_from: '2015-01-01',
          valid_to: '2019-12-31',
          role: 'member',
        },
      ])
      .execute();
    const members = (await ctx.app.inject({ url: `/api/enterprises?center=${center.id}` })).json();
    expect(names(members)).toEqual(['Anggota Aktif']);
    const detail = (await ctx.app.inject({ url: `/api/enterprises/${former.id}` })).json();
    expect(detail.memberships).toEqual([
      {
        centerId: center.id,
        centerName: 'Sentra M',
        role: 'member',
        validFrom: '2015-01-01',
        validTo: '2019-12-31',
      },
    ]);
  });
});
