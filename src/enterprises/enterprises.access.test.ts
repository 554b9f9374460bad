import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput, buildYearInput } from '../../test/factories.ts';
import { loadPseudonymKey, pseudonym } from '../auth/pseudonym.ts';
import {
  BANDUNG_VILLAGE,
  buildScopeWorld,
  JEPARA_VILLAGE,
  type ScopeWorld,
} from './enterprises.test-helpers.ts';

const ctx = useTestApp();
let world: ScopeWorld;

beforeAll(async () => {
  world = await buildScopeWorld(ctx, 'Akses');
  await ctx.app.inject({
    method: 'PUT',
    url: `/api/enterprises/${world.jepara.id}/years/2023`,
    payload: buildYearInput(),
  });
});

type Headers = { authorization: string };

function get(url: string, headers: Headers) {
  return ctx.app.inject({ url, headers });
}

function send(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) {
  return ctx.app.inject({ method, url, headers, ...(payload && { payload }) });
}

/** Names in a list response, sorted. */
async function listedNames(headers: Headers, query = 'q=Akses'): Promise<string[]> {
  const response = await get(`/api/enterprises?${query}`, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json()
    .items.map((e: { name: string }) => e.name)
    .sort();
}

/** The current version of an enterprise, as the admin reads it. */
async function versionOf(id: string): Promise<number> {
  return (await ctx.app.inject({ url: `/api/enterprises/${id}` })).json().version;
}

describe('enterprise access: roles', () => {
  it('answers 401 to anonymous requests on every enterprise route', async () => {
    const id = world.memberA.id;
    const requests = [
      get('/api/enterprises', ANONYMOUS),
      get(`/api/enterprises/${id}`, ANONYMOUS),
      get(`/api/enterprises/${id}/years`, ANONYMOUS),
      get(`/api/enterprises/${id}/size-classes`, ANONYMOUS),
      send('POST', '/api/enterprises', ANONYMOUS, buildEnterpriseInput()),
      send('PATCH', `/api/enterprises/${id}`, ANONYMOUS, { version: 1, products: 'X' }),
      send('POST', `/api/enterprises/${id}/archive`, ANONYMOUS),
      send('POST', `/api/enterprises/${id}/restore`, ANONYMOUS),
      send('PUT', `/api/enterprises/${id}/years/2023`, ANONYMOUS, buildYearInput()),
      send('DELETE', `/api/enterprises/${id}/years/2023?source=dinas_census`, ANONYMOUS),
    ];
    for (const response of await Promise.all(requests)) expect(response.statusCode).toBe(401);
  });

  it('refuses viewers (no personal data) and lets the ministry read everything but write nothing', async () => {
    const viewer = await ctx.as('viewer');
    expect((await get('/api/enterprises', viewer)).statusCode).toBe(403);
    expect((await get(`/api/enterprises/${world.jepara.id}`, viewer)).statusCode).toBe(403);
    const ministry = await ctx.as('ministry');
    expect(await listedNames(ministry)).toEqual(['Anggota A Akses', 'Anggota B Akses', 'Mebel Jepara Akses']);
    const patch = await send('PATCH', `/api/enterprises/${world.jepara.id}`, ministry, {
      version: 1,
      products: 'Kursi',
    });
    expect(patch.statusCode).toBe(403);
    expect((await send('POST', '/api/enterprises', ministry, buildEnterpriseInput())).statusCode).toBe(403);
  });

  it('refuses every write through a read-only token, while its reads still work', async () => {
    const readOnly = await ctx.as('regional_officer', { regions: ['32.73'] }, { access: 'read' });
    expect((await get(`/api/enterprises/${world.memberA.id}`, readOnly)).statusCode).toBe(200);
    const patch = await send('PATCH', `/api/enterprises/${world.memberA.id}`, readOnly, {
      version: await versionOf(world.memberA.id),
      products: 'Sepatu',
    });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().error.message).toBe('Token API ini hanya untuk membaca.');
    const year = await send(
      'PUT',
      `/api/enterprises/${world.memberA.id}/years/2022`,
      readOnly,
      buildYearInput(),
    );
    expect(year.statusCode).toBe(403);
  });
});

describe('enterprise access: regional officer of Kota Bandung (32.73)', () => {
  it('lists only enterprises in Bandung, with a total counting only those', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const page = (await get('/api/enterprises?q=Akses', officer)).json();
    expect(page.total).toBe(2);
    expect(await listedNames(officer)).toEqual(['Anggota A Akses', 'Anggota B Akses']);
  });

  it('reads and edits a Bandung enterprise but gets 403 on the Jepara one, its figures included', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    expect((await get(`/api/enterprises/${world.memberB.id}`, officer)).statusCode).toBe(200);
    const ok = await send('PATCH', `/api/enterprises/${world.memberB.id}`, officer, {
      version: await versionOf(world.memberB.id),
      products: 'Sepatu anak',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const jepara = world.jepara.id;
    const refused = await Promise.all([
      get(`/api/enterprises/${jepara}`, officer),
      get(`/api/enterprises/${jepara}/years`, officer),
      get(`/api/enterprises/${jepara}/size-classes`, officer),
      send('PATCH', `/api/enterprises/${jepara}`, officer, { version: 1, products: 'Kursi' }),
      send('PUT', `/api/enterprises/${jepara}/years/2022`, officer, buildYearInput()),
      send('DELETE', `/api/enterprises/${jepara}/years/2023?source=dinas_census`, officer),
      send('POST', `/api/enterprises/${jepara}/archive`, officer),
    ]);
    for (const response of refused) expect(response.statusCode, response.body).toBe(403);
    expect(refused[0]?.json().error.message).toBe('Data ini di luar wilayah atau sentra tugas Anda.');
    const years = (await ctx.app.inject({ url: `/api/enterprises/${jepara}/years` })).json();
    expect(years).toHaveLength(1);
  });

  it('registers an enterprise in Bandung but not in Jepara, and may not move one to Jepara', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const here = await send(
      'POST',
      '/api/enterprises',
      officer,
      buildEnterpriseInput({ name: 'IKM Baru Bandung' }),
    );
    expect(here.statusCode, here.body).toBe(201);
    const there = await send(
      'POST',
      '/api/enterprises',
      officer,
      buildEnterpriseInput({ name: 'IKM Jauh Jepara', regionCode: JEPARA_VILLAGE }),
    );
    expect(there.statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/enterprises?q=Jauh%20Jepara' })).json().total).toBe(0);
    const move = await send('PATCH', `/api/enterprises/${here.json().id}`, officer, {
      version: 1,
      regionCode: JEPARA_VILLAGE,
    });
    expect(move.statusCode).toBe(403);
  });
});

describe('enterprise access: centre managers and enterprises', () => {
  it("lets centre A's manager see and edit A's member enterprise but not B's", async () => {
    const manager = await ctx.as('center_manager', { centers: [world.centerA] });
    expect(await listedNames(manager)).toEqual(['Anggota A Akses']);
    const own = await send('PATCH', `/api/enterprises/${world.memberA.id}`, manager, {
      version: await versionOf(world.memberA.id),
      products: 'Sepatu kulit wanita',
    });
    expect(own.statusCode, own.body).toBe(200);
    const year = await send(
      'PUT',
      `/api/enterprises/${world.memberA.id}/years/2023`,
      manager,
      buildYearInput(),
    );
    expect(year.statusCode, year.body).toBe(201);
    const other = await send('PATCH', `/api/enterprises/${world.memberB.id}`, manager, {
      version: await versionOf(world.memberB.id),
      products: 'Sandal',
    });
    expect(other.statusCode).toBe(403);
    expect((await get(`/api/enterprises/${world.memberB.id}`, manager)).statusCode).toBe(403);
    // Registering and archiving belong to the Dinas.
    expect((await send('POST', '/api/enterprises', manager, buildEnterpriseInput())).statusCode).toBe(403);
    expect((await send('POST', `/api/enterprises/${world.memberA.id}/archive`, manager)).statusCode).toBe(
      403,
    );
  });

  it('shows an enterprise user only its own enterprise', async () => {
    const owner = await ctx.as('enterprise', { enterprises: [world.memberB.id] });
    expect(await listedNames(owner)).toEqual(['Anggota B Akses']);
    expect((await get(`/api/enterprises/${world.memberB.id}`, owner)).statusCode).toBe(200);
    expect((await get(`/api/enterprises/${world.memberA.id}`, owner)).statusCode).toBe(403);
    const edit = await send('PATCH', `/api/enterprises/${world.memberB.id}`, owner, {
      version: await versionOf(world.memberB.id),
      licenseYear: 2019,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await get(`/api/enterprises/${world.memberA.id}/years`, owner)).statusCode).toBe(403);
  });
});

describe('enterprise access: researchers', () => {
  it('shows pseudonyms and withholds contact details, NIB and coordinates, but keeps figures', async () => {
    const researcher = await ctx.as('researcher');
    const key = await loadPseudonymKey(ctx.db);
    const { memberA } = world;
    const detail = (await get(`/api/enterprises/${memberA.id}`, researcher)).json();
    expect(detail).toMatchObject({
      id: memberA.id,
      name: pseudonym(key, 'IKM', memberA.id),
      ownerName: pseudonym(key, 'Orang', memberA.ownerPersonId),
      phone: null,
      address: null,
      nib: null,
      latitude: null,
      longitude: null,
      regionCode: BANDUNG_VILLAGE,
      products: expect.any(String),
    });
    expect(detail.name).toMatch(/^IKM-[0-9a-f]{8}$/);
    const list = (await get('/api/enterprises?limit=500', researcher)).json();
    expect(list.total).toBe((await ctx.app.inject({ url: '/api/enterprises?limit=500' })).json().total);
    expect(JSON.stringify(list)).not.toContain('Akses');
    const years = await get(`/api/enterprises/${world.jepara.id}/years`, researcher);
    expect(years.json()[0]).toMatchObject({ year: 2023, workersMale: 3 });
  });

  it('refuses a name search (it would tie names to pseudonyms) and every write', async () => {
    const researcher = await ctx.as('researcher');
    const search = await get('/api/enterprises?q=Anggota', researcher);
    expect(search.statusCode).toBe(403);
    const patch = await send('PATCH', `/api/enterprises/${world.memberA.id}`, researcher, {
      version: await versionOf(world.memberA.id),
      products: 'X',
    });
    expect(patch.statusCode).toBe(403);
  });

  it('shows the real values to a researcher granted personal-data access', async () => {
    const granted = await ctx.as('researcher', {}, { personalDataAccess: true });
    const detail = (await get(`/api/enterprises/${world.memberA.id}`, granted)).json();
    expect(detail).toMatchObject({
      name: 'Anggota A Akses',
      ownerName: 'Pemilik A Akses',
      phone: '+6281200000001',
      nib: '9120000000001',
      latitude: -6.95,
    });
    expect(await listedNames(granted)).toEqual(['Anggota A Akses', 'Anggota B Akses', 'Mebel Jepara Akses']);
  });
});
