import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput, buildPersonInput } from '../../test/factories.ts';

const ctx = useTestApp();

async function create(overrides = {}) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/people',
    payload: buildPersonInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function enterprise(name: string): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: buildEnterpriseInput({ name }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function institution(name: string): Promise<string> {
  const row = await ctx.db
    .insertInto('institutions')
    .values({ name, type: 'association', legal_status: 'informal', services: [] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const fullNames = (page: { items: { fullName: string }[] }) => page.items.map((p) => p.fullName).sort();

describe('people API', () => {
  it('creates a person with a normalised phone and affiliations, and reads them back', async () => {
    const enterpriseId = await enterprise('Rajut Binong Uji');
    const institutionId = await institution('Paguyuban Rajut Uji');
    const created = await create({
      fullName: 'Siti Rahayu',
      phone: '0812-3456-7890',
      email: 'siti@example.org',
      roles: ['craftsman', 'board_member', 'craftsman'],
      affiliations: [
        { enterpriseId, role: 'craftsman' },
        { institutionId, role: 'board_member' },
      ],
    });
    expect(created).toMatchObject({
      fullName: 'Siti Rahayu',
      phone: '+6281234567890',
      roles: ['craftsman', 'board_member'],
      version: 1,
    });
    const fetched = (await ctx.app.inject({ url: `/api/people/${created.id}` })).json();
    expect(fetched.affiliations).toEqual([
      { enterpriseId: null, institutionId, name: 'Paguyuban Rajut Uji', role: 'board_member' },
      { enterpriseId, institutionId: null, name: 'Rajut Binong Uji', role: 'craftsman' },
    ]);
    expect((await create({ phone: '+62 21 5550 123' })).phone).toBe('+62215550123');
  });

  it.each([
    ['0712345678', 'not 08'],
    ['+6108123456789', 'not +62'],
    ['0812345', 'too short'],
    ['08123456789012345', 'too long'],
    ['+620812345678', 'trunk zero after +62'],
  ])('refuses phone %s (%s)', async (phone) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/people?lang=en',
      payload: buildPersonInput({ phone }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'phone', message: 'A phone number starts with +62 or 08 and has 9–15 digits.' },
    ]);
  });

  it('refuses unknown fields and an affiliation naming both or neither target', async () => {
    const enterpriseId = await enterprise('IKM Dua Arah');
    const institutionId = await institution('Koperasi Dua Arah');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/people',
      payload: buildPersonInput({
        nik: '3273010101010001',
        affiliations: [{ enterpriseId, institutionId, role: 'owner' }, { role: 'worker' }],
      } as never),
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details;
    expect(details.map((d: { path: string }) => d.path).sort()).toEqual([
      'affiliations.0',
      'affiliations.1',
      'nik',
    ]);
    expect(details.find((d: { path: string }) => d.path === 'affiliations.0').message).toBe(
      'Isi tepat salah satu: enterpriseId atau institutionId.',
    );
  });

  it('refuses an affiliation to an unknown enterprise or institution with 422 and its path', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/people?lang=en',
      payload: buildPersonInput({
        fullName: 'Tanpa Tempat',
        affiliations: [
          { enterpriseId: missing, role: 'worker' },
          { institutionId: missing, role: 'official' },
        ],
      }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      { path: 'affiliations.0.enterpriseId', message: `Enterprise with id ${missing} was not found.` },
      { path: 'affiliations.1.institutionId', message: `Institution with id ${missing} was not found.` },
    ]);
    expect((await ctx.app.inject({ url: '/api/people?q=Tanpa%20Tempat' })).json().total).toBe(0);
  });

  it('filters by role, enterprise and name', async () => {
    const enterpriseId = await enterprise('Bordir Kawalu Uji');
    await create({
      fullName: 'Ujang Penyaring',
      roles: ['worker'],
      affiliations: [{ enterpriseId, role: 'worker' }],
    });
    await create({ fullName: 'Euis Penyaring', roles: ['official'] });
    const list = async (query: string) =>
      fullNames((await ctx.app.inject({ url: `/api/people?q=penyaring&${query}` })).json());
    expect(await list('role=official')).toEqual(['Euis Penyaring']);
    expect(await list(`enterprise=${enterpriseId}`)).toEqual(['Ujang Penyaring']);
    expect(await list('sort=-fullName')).toEqual(['Euis Penyaring', 'Ujang Penyaring']);
    expect((await ctx.app.inject({ url: '/api/people?role=juragan' })).statusCode).toBe(400);
  });

  it('updates with the current version, replaces affiliations, and refuses a stale version', async () => {
    const first = await enterprise('IKM Lama');
    const second = await enterprise('IKM Baru');
    const created = await create({ affiliations: [{ enterpriseId: first, role: 'worker' }] });
    const ok = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/people/${created.id}`,
      payload: { version: 1, birthYear: 1990, affiliations: [{ enterpriseId: second, role: 'manager' }] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      version: 2,
      birthYear: 1990,
      affiliations: [{ enterpriseId: second, name: 'IKM Baru', role: 'manager' }],
    });
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/people/${created.id}`,
      payload: { version: 1, birthYear: 1970 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await ctx.app.inject({ url: `/api/people/${created.id}` })).json()).toMatchObject({
      version: 2,
      birthYear: 1990,
    });
  });

  it('archives and restores, hiding archived people from lists', async () => {
    const created = await create({ fullName: 'Orang Arsip' });
    const archived = await ctx.app.inject({ method: 'POST', url: `/api/people/${created.id}/archive` });
    expect(archived.statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/api/people?q=Orang%20Arsip' })).json().total).toBe(0);
    expect(
      (await ctx.app.inject({ url: '/api/people?q=Orang%20Arsip&includeArchived=true' })).json().total,
    ).toBe(1);
    const again = await ctx.app.inject({ method: 'POST', url: `/api/people/${created.id}/archive?lang=en` });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.message).toBe('This Person is archived.');
    const restored = await ctx.app.inject({ method: 'POST', url: `/api/people/${created.id}/restore` });
    expect(restored.json().archivedAt).toBeNull();
  });

  it('answers 404 for a malformed or missing id', async () => {
    expect((await ctx.app.inject({ url: '/api/people/abc' })).statusCode).toBe(404);
    const missing = await ctx.app.inject({ url: '/api/people/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe(
      'Orang dengan id 00000000-0000-4000-8000-000000000000 tidak ditemukan.',
    );
  });
});
