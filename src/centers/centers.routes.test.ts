import { describe, expect, inject, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCenterInput } from '../../test/factories.ts';

const ctx = useTestApp();

async function create(overrides = {}) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/centers',
    payload: buildCenterInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('centres API', () => {
  it('creates a centre and reads it back with its region codes and figures', async () => {
    const created = await create({
      name: 'Sentra Sepatu Cibaduyut',
      figures: [{ indicator: 'units', value: 697, year: 2011, source: 'news', vintage: '2011' }],
    });
    expect(created.version).toBe(1);
    const response = await ctx.app.inject({ method: 'GET', url: `/api/centers/${created.id}` });
    expect(response.statusCode).toBe(200);
    const center = response.json();
    expect(center.name).toBe('Sentra Sepatu Cibaduyut');
    expect(center.regionCodes).toEqual(['32.73.17.1003']);
    expect(center.figures).toEqual([
      expect.objectContaining({
        indicator: 'units',
        value: 697,
        year: 2011,
        source: 'news',
        vintage: '2011',
      }),
    ]);
    // No members yet: a warning, not an error.
    expect(center.warnings).toHaveLength(1);
  });

  it('filters by region prefix, status and text, with totals and pagination', async () => {
    await create({ name: 'Keramik Plered', regionCodes: ['32.14.04.2009'], status: 'designated' });
    await create({ name: 'Tembaga Tumang', regionCodes: ['33.09.03.2013'] });
    const inJabar = (await ctx.app.inject({ url: '/api/centers?region=32&limit=1' })).json();
    expect(inJabar.limit).toBe(1);
    expect(inJabar.items).toHaveLength(1);
    expect(inJabar.total).toBeGreaterThanOrEqual(2);
    const purwakarta = (await ctx.app.inject({ url: '/api/centers?region=32.14' })).json();
    expect(purwakarta.items.map((c: { name: string }) => c.name)).toEqual(['Keramik Plered']);
    const designated = (await ctx.app.inject({ url: '/api/centers?status=designated' })).json();
    expect(designated.items.every((c: { status: string }) => c.status === 'designated')).toBe(true);
    const byText = (await ctx.app.inject({ url: '/api/centers?q=tumang' })).json();
    expect(byText.items.map((c: { name: string }) => c.name)).toEqual(['Tembaga Tumang']);
    const sorted = (await ctx.app.inject({ url: '/api/centers?sort=-name' })).json();
    const names = sorted.items.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('updates with the current version and refuses a stale one without changing anything', async () => {
    const created = await create();
    const ok = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/centers/${created.id}`,
      payload: { version: 1, mainProduct: 'Sepatu dan sandal' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/centers/${created.id}`,
      payload: { version: 1, mainProduct: 'Tas' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const after = (await ctx.app.inject({ url: `/api/centers/${created.id}` })).json();
    expect(after.mainProduct).toBe('Sepatu dan sandal');
    expect(after.version).toBe(2);
  });

  it('rejects unknown fields and bad values with field paths, in Bahasa Indonesia by default', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      payload: buildCenterInput({ commodityGroup: 'shoes' as never, extra: 1 } as never),
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Data tidak valid.');
    expect(error.details.map((d: { path: string }) => d.path).sort()).toEqual(['commodityGroup', 'extra']);
  });

  it('answers in English when asked', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers?lang=en',
      payload: buildCenterInput({ regionCodes: ['32.99.99.9999'] }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      { path: 'regionCodes.0', message: 'Unknown region code 32.99.99.9999.' },
    ]);
  });

  it('refuses an impossible status move', async () => {
    const created = await create({ status: 'independent' });
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/centers/${created.id}`,
      payload: { version: 1, status: 'potential' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0].path).toBe('status');
  });

  it('archives and restores, hiding archived centres from lists', async () => {
    const created = await create({ name: 'Sentra Arsip' });
    const archived = await ctx.app.inject({
      method: 'POST',
      url: `/api/centers/${created.id}/archive`,
      payload: {},
    });
    expect(archived.statusCode).toBe(200);
    // Timestamps travel as `Date.toISOString()` writes them, which the output schemas now state.
    const utcMillis = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    expect(archived.json().archivedAt).toMatch(utcMillis);
    expect(archived.json().createdAt).toMatch(utcMillis);
    expect(archived.json().updatedAt).toMatch(utcMillis);
    const listed = (await ctx.app.inject({ url: '/api/centers?q=Arsip' })).json();
    expect(listed.total).toBe(0);
    const withArchived = (await ctx.app.inject({ url: '/api/centers?q=Arsip&includeArchived=true' })).json();
    expect(withArchived.total).toBe(1);
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/centers/${created.id}/archive`,
      payload: {},
    });
    expect(again.statusCode).toBe(422);
    const restored = await ctx.app.inject({ method: 'POST', url: `/api/centers/${created.id}/restore` });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().archivedAt).toBeNull();
  });

  it('answers 404 for a missing or malformed id and 409 for a duplicate external id', async () => {
    expect((await ctx.app.inject({ url: '/api/centers/not-a-uuid' })).statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ url: '/api/centers/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
    await create({ externalId: 'SENTRA-001' });
    const duplicate = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      payload: buildCenterInput({ externalId: 'SENTRA-001' }),
    });
    expect(duplicate.statusCode).toBe(409);
  });
});

describe('centres a reader may use', () => {
  it('lists for ?usableFor only the centres whose members or records the reader may use', async () => {
    const post = async (name: string, regionCodes: string[]) =>
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/centers',
          payload: buildCenterInput({ name, regionCodes }),
        })
      ).json().id as string;
    const bandung = await post('Sentra Pakai Bandung', ['32.73']);
    const semarang = await post('Sentra Pakai Semarang', ['33.74']);
    const names = async (usableFor: string, headers: Record<string, string>) =>
      (await ctx.app.inject({ url: `/api/centers?q=Sentra%20Pakai&usableFor=${usableFor}`, headers }))
        .json()
        .items.map((c: { id: string }) => c.id) as string[];

    const manager = await ctx.as('center_manager', { centers: [bandung] });
    expect(await names('members', manager)).toEqual([bandung]);
    expect(await names('edit', manager)).toEqual([bandung]);
    const officer = await ctx.as('regional_officer', { regions: ['33'] });
    expect(await names('members', officer)).toEqual([semarang]);
    const ministry = await ctx.as('ministry');
    expect((await names('members', ministry)).sort()).toEqual([bandung, semarang].sort());
    expect(await names('edit', ministry), 'the ministry edits no centre').toEqual([]);
    expect(await names('members', await ctx.as('viewer')), 'a viewer reads no member list').toEqual([]);
    expect(await names('members', { authorization: '' })).toEqual([]);
    // Without the filter the list stays public and whole.
    const all = await ctx.app.inject({
      url: '/api/centers?q=Sentra%20Pakai',
      headers: { authorization: '' },
    });
    expect(all.json().total).toBe(2);
  });
});

describe('system routes', () => {
  it('reports health and publishes an OpenAPI document', async () => {
    const health = (await ctx.app.inject({ url: '/api/health' })).json();
    expect(health).toMatchObject({ status: 'ok', database: inject('databaseMode') });
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths)).toContain('/api/centers/{id}');
    expect((await ctx.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('lists regions by parent with official names', async () => {
    const regencies = (await ctx.app.inject({ url: '/api/regions?parent=32&limit=100' })).json();
    expect(regencies.items.find((r: { code: string }) => r.code === '32.73')).toMatchObject({
      name: 'Kota Bandung',
      level: 'city',
    });
    expect(regencies.total).toBe(27);
  });
});
