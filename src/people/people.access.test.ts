import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { buildPersonInput } from '../../test/factories.ts';
import { loadPseudonymKey, pseudonym } from '../auth/pseudonym.ts';
import { buildScopeWorld, type ScopeWorld } from '../enterprises/enterprises.test-helpers.ts';

const ctx = useTestApp();
let world: ScopeWorld;
/** A craftsman working at centre A's member enterprise, with contact details. */
let craftsman: { id: string };

type Headers = { authorization: string };

function get(url: string, headers: Headers) {
  return ctx.app.inject({ url, headers });
}

function send(method: 'POST' | 'PATCH', url: string, headers: Headers, payload?: object) {
  return ctx.app.inject({ method, url, headers, ...(payload && { payload }) });
}

async function listedNames(headers: Headers): Promise<string[]> {
  const response = await get('/api/people?q=Orang&limit=500', headers);
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json()
    .items.map((p: { fullName: string }) => p.fullName)
    .sort();
}

async function versionOf(id: string): Promise<number> {
  return (await ctx.app.inject({ url: `/api/people/${id}` })).json().version;
}

beforeAll(async () => {
  world = await buildScopeWorld(ctx, 'Orang');
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/people',
    payload: buildPersonInput({
      fullName: 'Perajin Orang A',
      phone: '081311112222',
      email: 'perajin@example.org',
      notes: 'Ahli jahit sol.',
      affiliations: [{ enterpriseId: world.memberA.id, role: 'craftsman' }],
    }),
  });
  expect(response.statusCode, response.body).toBe(201);
  craftsman = response.json();
});

describe('people access: roles', () => {
  it('answers 401 to anonymous requests on every people route', async () => {
    const id = craftsman.id;
    const requests = [
      get('/api/people', ANONYMOUS),
      get(`/api/people/${id}`, ANONYMOUS),
      get(`/api/people/${id}/export`, ANONYMOUS),
      send('POST', '/api/people', ANONYMOUS, buildPersonInput()),
      send('PATCH', `/api/people/${id}`, ANONYMOUS, { version: 1, birthYear: 1980 }),
      send('POST', `/api/people/${id}/archive`, ANONYMOUS),
      send('POST', `/api/people/${id}/restore`, ANONYMOUS),
      send('POST', `/api/people/${id}/erase`, ANONYMOUS, { reason: 'Permintaan tertulis' }),
    ];
    for (const response of await Promise.all(requests)) expect(response.statusCode).toBe(401);
  });

  it('refuses viewers, lets the ministry read everyone but write nothing, and refuses read-only tokens', async () => {
    const viewer = await ctx.as('viewer');
    expect((await get('/api/people', viewer)).statusCode).toBe(403);
    const ministry = await ctx.as('ministry');
    expect(await listedNames(ministry)).toContain('Pemilik Jepara Orang');
    const patch = await send('PATCH', `/api/people/${craftsman.id}`, ministry, {
      version: 1,
      birthYear: 1980,
    });
    expect(patch.statusCode).toBe(403);
    const readOnly = await ctx.as('admin', {}, { access: 'read' });
    expect((await get(`/api/people/${craftsman.id}`, readOnly)).statusCode).toBe(200);
    const write = await send('PATCH', `/api/people/${craftsman.id}`, readOnly, {
      version: await versionOf(craftsman.id),
      birthYear: 1980,
    });
    expect(write.statusCode).toBe(403);
  });
});

describe('people access: regional officer of Kota Bandung (32.73)', () => {
  it('lists the people of Bandung enterprises only, and gets 403 on a Jepara owner', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    expect(await listedNames(officer)).toEqual(['Pemilik A Orang', 'Pemilik B Orang', 'Perajin Orang A']);
    const jeparaOwner = world.jepara.ownerPersonId;
    expect((await get(`/api/people/${jeparaOwner}`, officer)).statusCode).toBe(403);
    const patch = await send('PATCH', `/api/people/${jeparaOwner}`, officer, { version: 1, birthYear: 1970 });
    expect(patch.statusCode).toBe(403);
    expect((await send('POST', `/api/people/${jeparaOwner}/archive`, officer)).statusCode).toBe(403);
    const own = await send('PATCH', `/api/people/${world.memberB.ownerPersonId}`, officer, {
      version: await versionOf(world.memberB.ownerPersonId),
      birthYear: 1975,
    });
    expect(own.statusCode, own.body).toBe(200);
  });

  it('creates people only inside the scope, and does not attach them to Jepara firms', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const inScope = await send(
      'POST',
      '/api/people',
      officer,
      buildPersonInput({ affiliations: [{ enterpriseId: world.memberB.id, role: 'worker' }] }),
    );
    expect(inScope.statusCode, inScope.body).toBe(201);
    const jepara = await send(
      'POST',
      '/api/people',
      officer,
      buildPersonInput({ affiliations: [{ enterpriseId: world.jepara.id, role: 'worker' }] }),
    );
    expect(jepara.statusCode).toBe(403);
    const nowhere = await send('POST', '/api/people', officer, buildPersonInput({ affiliations: [] }));
    expect(nowhere.statusCode).toBe(403);
    const attach = await send('PATCH', `/api/people/${inScope.json().id}`, officer, {
      version: 1,
      affiliations: [
        { enterpriseId: world.memberB.id, role: 'worker' },
        { enterpriseId: world.jepara.id, role: 'worker' },
      ],
    });
    expect(attach.statusCode).toBe(403);
  });
});

describe('people access: centre managers and enterprises', () => {
  it("lets centre A's manager edit the people of A's member but not of B's", async () => {
    const manager = await ctx.as('center_manager', { centers: [world.centerA] });
    expect(await listedNames(manager)).toEqual(['Pemilik A Orang', 'Perajin Orang A']);
    const own = await send('PATCH', `/api/people/${craftsman.id}`, manager, {
      version: await versionOf(craftsman.id),
      roles: ['craftsman', 'board_member'],
    });
    expect(own.statusCode, own.body).toBe(200);
    const other = await send('PATCH', `/api/people/${world.memberB.ownerPersonId}`, manager, {
      version: await versionOf(world.memberB.ownerPersonId),
      birthYear: 1960,
    });
    expect(other.statusCode).toBe(403);
    expect((await send('POST', `/api/people/${craftsman.id}/archive`, manager)).statusCode).toBe(403);
  });

  it('shows an enterprise user only the people of its own enterprise', async () => {
    const owner = await ctx.as('enterprise', { enterprises: [world.memberB.id] });
    expect(await listedNames(owner)).toEqual(['Pemilik B Orang']);
    expect((await get(`/api/people/${craftsman.id}`, owner)).statusCode).toBe(403);
  });
});

describe('people access: researchers', () => {
  it('shows pseudonyms for people and their enterprises, without contact details', async () => {
    const researcher = await ctx.as('researcher');
    const key = await loadPseudonymKey(ctx.db);
    const seen = (await get(`/api/people/${craftsman.id}`, researcher)).json();
    expect(seen).toMatchObject({
      fullName: pseudonym(key, 'Orang', craftsman.id),
      phone: null,
      email: null,
      birthYear: null,
      notes: null,
      gender: 'female',
      affiliations: [{ enterpriseId: world.memberA.id, name: pseudonym(key, 'IKM', world.memberA.id) }],
    });
    // The enterprise shows its owner under the same pseudonym as the people list does.
    const enterprise = (await get(`/api/enterprises/${world.memberA.id}`, researcher)).json();
    const owner = (await get(`/api/people/${world.memberA.ownerPersonId}`, researcher)).json();
    expect(owner.fullName).toBe(enterprise.ownerName);
    const list = await get('/api/people?limit=500', researcher);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Orang A');
    expect((await get('/api/people?q=Perajin', researcher)).statusCode).toBe(403);
    expect((await get(`/api/people/${craftsman.id}/export`, researcher)).statusCode).toBe(403);
  });

  it('shows the real values to a researcher granted personal-data access', async () => {
    const granted = await ctx.as('researcher', {}, { personalDataAccess: true });
    const seen = (await get(`/api/people/${craftsman.id}`, granted)).json();
    expect(seen).toMatchObject({
      fullName: 'Perajin Orang A',
      phone: '+6281311112222',
      email: 'perajin@example.org',
      affiliations: [{ name: 'Anggota A Orang' }],
    });
  });
});
