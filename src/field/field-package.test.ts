import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createCenter } from '../memberships/memberships.test-helpers.ts';
import { fieldWorld } from './field.test-helpers.ts';
import { NAME_GENERATOR_QUESTIONS } from './field-questions.ts';

const ctx = useTestApp();

/** Budget: 3 s on slow 3G (~400 kbit/s) is ~150 kB; the issue asks for ≲ 120 kB compressed. */
const BUDGET_BYTES = 120_000;

describe('field package', () => {
  it('carries what a collector needs of the centre, nothing personal beyond owner names, with an ETag', async () => {
    const world = await fieldWorld(ctx, 2);
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const response = await ctx.app.inject({
      url: `/api/field/centers/${world.centerId}/package`,
      headers: officer,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.format).toBe(1);
    expect(body.center.id).toBe(world.centerId);
    expect(body.members.map((m: { id: string }) => m.id).sort()).toEqual([...world.members].sort());
    expect(body.members[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      owner: expect.stringMatching(/^Pemilik Uji/),
      village: '32.73.17.1003',
      products: 'Sepatu kulit pria',
      version: expect.any(Number),
      pending: false,
    });
    expect(response.body).not.toContain('Jl. Cibaduyut');
    expect(body.villages).toEqual([{ code: '32.73.17.1003', name: expect.any(String) }]);
    expect(body.institutions.map((i: { id: string }) => i.id)).toEqual([world.institutionId]);
    expect(body.facilities.map((f: { id: string }) => f.id)).toEqual([world.facilityId]);
    // A clothing centre gets the footwear, batik, leather and garment processes, not furniture's.
    const sectors = new Set(body.processes.map((p: { sector: string }) => p.sector));
    expect(sectors.has('footwear')).toBe(true);
    expect(sectors.has('furniture')).toBe(false);
    expect(body.questions).toHaveLength(NAME_GENERATOR_QUESTIONS.length);
    expect(body.questions[0].text.id).toMatch(/maklun/);

    const etag = response.headers.etag as string;
    expect(etag).toBe(`"${body.packageVersion}"`);
    const unchanged = await ctx.app.inject({
      url: `/api/field/centers/${world.centerId}/package`,
      headers: { ...officer, 'if-none-match': etag },
    });
    expect(unchanged.statusCode).toBe(304);
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${world.members[0]}`,
      payload: { version: 1, products: 'Sandal' },
    });
    const changed = await ctx.app.inject({
      url: `/api/field/centers/${world.centerId}/package`,
      headers: { ...officer, 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().packageVersion).not.toBe(body.packageVersion);
  });

  it('is offered only in the collector’s own centres', async () => {
    const world = await fieldWorld(ctx, 1);
    const bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const researcher = await ctx.as('researcher');
    const url = (id: string) => `/api/field/centers/${id}/package`;
    expect((await ctx.app.inject({ url: url(world.jeparaCenterId), headers: bandung })).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: url(world.centerId), headers: manager })).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: url(world.jeparaCenterId), headers: manager })).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: url(world.centerId), headers: researcher })).statusCode).toBe(403);
    const centers = await ctx.app.inject({ url: '/api/field/centers', headers: bandung });
    const ids = centers.json().items.map((c: { id: string }) => c.id);
    expect(ids).toContain(world.centerId);
    expect(ids).not.toContain(world.jeparaCenterId);
  });

  it(`stays under ${BUDGET_BYTES / 1000} kB compressed for a 1,500-firm centre`, async () => {
    const centerId = await createCenter(ctx, { name: 'Sentra Sintetis 1500' });
    // Synthetic firms straight into the tables: names, owners, villages and products of realistic length.
    await sql`
      WITH firms AS (
        SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS owner FROM generate_series(1, 1500) n
      ), owners AS (
        INSERT INTO people (id, full_name, roles)
        SELECT owner, 'Pemilik Sintetis Nomor ' || n, ARRAY['owner'] FROM firms
      ), ents AS (
        INSERT INTO enterprises (id, name, owner_person_id, region_code, products, kbli)
        SELECT id, 'IKM Sepatu Sintetis ' || n, owner,
               (ARRAY['32.73.17.1001','32.73.17.1002','32.73.17.1003','32.73.17.1004'])[1 + n % 4],
               (ARRAY['Sepatu kulit pria','Sandal wanita','Tas kulit','Sepatu anak, sandal'])[1 + n % 4], '[]'
          FROM firms RETURNING id
      )
      INSERT INTO center_memberships (center_id, enterprise_id, role, valid_from)
      SELECT ${centerId}::uuid, id, 'member', '2015-01-01' FROM ents`.execute(ctx.db);
    const response = await ctx.app.inject({
      url: `/api/field/centers/${centerId}/package`,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const compressed = response.rawPayload.length;
    const json = gunzipSync(response.rawPayload).toString('utf8');
    expect(JSON.parse(json).members).toHaveLength(1500);
    console.log(`field package, 1,500 firms: ${json.length} B JSON, ${compressed} B gzip`);
    expect(compressed).toBeLessThan(BUDGET_BYTES);
  });
});
