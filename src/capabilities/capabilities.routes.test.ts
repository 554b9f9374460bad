import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput } from '../../test/factories.ts';
import { buildCapabilityInput } from './capabilities.test-helpers.ts';

const ctx = useTestApp();

async function createEnterprise(): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: buildEnterpriseInput(),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

function put(id: string, payload: Record<string, unknown>, lang = '') {
  return ctx.app.inject({ method: 'PUT', url: `/api/enterprises/${id}/capability${lang}`, payload });
}

async function profileCount(id: string): Promise<number> {
  const rows = await ctx.db
    .selectFrom('capability_profiles')
    .select('version')
    .where('enterprise_id', '=', id)
    .execute();
  return rows.length;
}

describe('capability profile', () => {
  it('starts empty at version 0, saves the whole profile and says which certifications are valid', async () => {
    const id = await createEnterprise();
    const empty = (await ctx.app.inject({ url: `/api/enterprises/${id}/capability` })).json();
    expect(empty).toMatchObject({ version: 0, processes: [], stale: false, spareConfirmedOn: null });

    const saved = await put(
      id,
      buildCapabilityInput({
        certifications: [
          { kind: 'SNI', validFrom: '2024-01-01', validUntil: '2099-12-31' },
          { kind: 'HALAL', validFrom: '2015-01-01', validUntil: '2019-12-31' },
        ],
      }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const body = saved.json();
    expect(body.version).toBe(1);
    expect(
      body.processes.map((p: { processCode: string; level: number }) => [p.processCode, p.level]),
    ).toEqual([
      ['footwear.cutting', 2],
      ['footwear.lasting', 3],
    ]);
    expect(body.processes[1].labelEn).toBe('Lasting');
    const certs = Object.fromEntries(
      body.certifications.map((c: { kind: string; status: string; validToday: boolean }) => [
        c.kind,
        [c.status, c.validToday],
      ]),
    );
    expect(certs).toEqual({ SNI: ['valid', true], HALAL: ['expired', false] });
    expect(body.spareConfirmedOn).not.toBeNull();
    expect(body.stale).toBe(false);

    // A second save needs the version read; a stale version is a 409 and changes nothing.
    const conflict = await put(id, buildCapabilityInput({ version: 0, leadTimeDays: 99 }));
    expect(conflict.statusCode).toBe(409);
    const replaced = await put(id, buildCapabilityInput({ version: 1, machines: [], processes: [] }));
    expect(replaced.json()).toMatchObject({ version: 2, machines: [], processes: [], leadTimeDays: 14 });
  });

  it('refuses bad input with the field named in the reader language, and writes nothing', async () => {
    const id = await createEnterprise();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { processes: [{ processCode: 'footwear.teleport', level: 2 }] },
        'processes.0.processCode',
        /footwear\.teleport/,
      ],
      [{ processes: [{ processCode: 'footwear.lasting', level: 4 }] }, 'processes.0.level', /Skill level/],
      [{ monthlyCapacity: -5 }, 'monthlyCapacity', /Monthly capacity/],
      [{ spareCapacityPct: 120 }, 'spareCapacityPct', /Spare capacity/],
      [
        { certifications: [{ kind: 'SNI', validFrom: '2025-06-01', validUntil: '2024-06-01' }] },
        'certifications.0.validUntil',
        /Valid until.*Valid from/,
      ],
      [{ capacityUnit: null }, 'capacityUnit', /unit/],
    ];
    for (const [override, path, words] of cases) {
      const response = await put(id, buildCapabilityInput(override), '?lang=en');
      expect([400, 422], `${path}: ${response.body}`).toContain(response.statusCode);
      const details = response.json().error.details as { path: string; message: string }[];
      const detail = details.find((d) => d.path.endsWith(path));
      expect(detail, response.body).toBeDefined();
      expect(detail?.message).toMatch(words);
    }
    const indonesian = await put(id, buildCapabilityInput({ spareCapacityPct: 120 }));
    expect(indonesian.json().error.details[0].message).toMatch(/Kapasitas luang/);
    expect(await profileCount(id)).toBe(0);
  });

  it('confirms spare capacity today and keeps an archived process on the profiles that have it', async () => {
    const id = await createEnterprise();
    const noProfile = await ctx.app.inject({
      method: 'POST',
      url: `/api/enterprises/${id}/capability/confirm`,
    });
    expect(noProfile.statusCode).toBe(422);
    await put(id, buildCapabilityInput());
    await ctx.db
      .updateTable('capability_profiles')
      .set({ spare_confirmed_on: '2020-01-01' })
      .where('enterprise_id', '=', id)
      .execute();
    const stale = (await ctx.app.inject({ url: `/api/enterprises/${id}/capability` })).json();
    expect(stale.stale).toBe(true);
    const confirmed = await ctx.app.inject({
      method: 'POST',
      url: `/api/enterprises/${id}/capability/confirm`,
      payload: { spareCapacityPct: 10 },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ stale: false, spareCapacityPct: 10, version: 2 });
    expect(confirmed.json().spareConfirmedOn).not.toBe('2020-01-01');

    const sector = await ctx.app.inject({
      method: 'POST',
      url: '/api/process-sectors/footwear/processes',
      payload: { processCode: 'jahit_tangan', labelId: 'Jahit tangan', labelEn: 'Hand stitching' },
    });
    expect(sector.statusCode, sector.body).toBe(201);
    const profile = buildCapabilityInput({
      version: 2,
      processes: [{ processCode: 'footwear.jahit_tangan', level: 2 }],
    });
    expect((await put(id, profile)).statusCode).toBe(200);
    const archived = await ctx.app.inject({
      method: 'POST',
      url: '/api/processes/footwear.jahit_tangan/archive',
    });
    expect(archived.statusCode).toBe(200);
    const kept = (await ctx.app.inject({ url: `/api/enterprises/${id}/capability` })).json();
    expect(kept.processes).toMatchObject([{ processCode: 'footwear.jahit_tangan', archived: true }]);
    // Saving again with it is fine (the firm still has the skill); another firm cannot add it anew.
    expect((await put(id, { ...profile, version: 3 })).statusCode).toBe(200);
    const other = await createEnterprise();
    const refused = await put(other, { ...profile, version: 0 }, '?lang=en');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/archived/);
  });

  it('lets the owner edit its own profile only, and keeps researchers out', async () => {
    const own = await createEnterprise();
    const other = await createEnterprise();
    const owner = await ctx.as('enterprise', { enterprises: [own] });
    const mine = await ctx.app.inject({
      method: 'PUT',
      url: `/api/enterprises/${own}/capability`,
      headers: owner,
      payload: buildCapabilityInput(),
    });
    expect(mine.statusCode, mine.body).toBe(200);
    const theirs = await ctx.app.inject({
      method: 'PUT',
      url: `/api/enterprises/${other}/capability`,
      headers: owner,
      payload: buildCapabilityInput(),
    });
    expect(theirs.statusCode).toBe(403);
    const researcher = await ctx.as('researcher');
    expect(
      (await ctx.app.inject({ url: `/api/enterprises/${own}/capability`, headers: researcher })).statusCode,
    ).toBe(403);
  });
});

describe('process taxonomy', () => {
  it('lists the seeded sectors in both languages and lets a Dinas add a sector', async () => {
    const list = (await ctx.app.inject({ url: '/api/process-sectors' })).json();
    const codes = list.map((s: { code: string }) => s.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'batik',
        'footwear',
        'furniture',
        'leather',
        'garments',
        'ceramics',
        'metal_casting',
        'food',
      ]),
    );
    const batik = list.find((s: { code: string }) => s.code === 'batik');
    expect(batik.processes.map((p: { code: string }) => p.code)).toContain('batik.nyorek');
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const added = await ctx.app.inject({
      method: 'POST',
      url: '/api/process-sectors',
      headers: officer,
      payload: { sectorCode: 'bamboo', labelId: 'Anyaman bambu', labelEn: 'Bamboo weaving' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/process-sectors?lang=en',
      payload: { sectorCode: 'bamboo', labelId: 'X', labelEn: 'X' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/bamboo/);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/process-sectors?lang=en',
      payload: { sectorCode: 'Bamboo Weaving', labelId: 'X', labelEn: 'X' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toMatch(/Sector code/);
    const manager = await ctx.as('viewer');
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/process-sectors',
      headers: manager,
      payload: { sectorCode: 'rattan', labelId: 'Rotan', labelEn: 'Rattan' },
    });
    expect(refused.statusCode).toBe(403);
  });
});
