import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../app.ts';
import { buildInteractionInput } from '../factories.ts';
import { buildWorld, type RichWorld, type Secrets } from './world.ts';

/**
 * docs/SECURITY.md, "Ties that cross a scope": a regional officer records a tie of their centre whose
 * other end is a firm elsewhere (a supplier or buyer in another regency), reads that tie and the outside
 * firm's name on it, and gains nothing else of that firm: not its profile, figures, memberships or people,
 * nor its coordinates on the centre's network.
 */
const ctx = useTestApp();

let world: RichWorld;
let bandung: Record<string, string>;
let jepara: Record<string, string>;
let crossTieId: string;

const as = (headers: Record<string, string>, request: InjectOptions) =>
  ctx.app.inject({ ...request, headers: { ...(request.headers ?? {}), ...headers } });

beforeAll(async () => {
  world = await buildWorld(ctx);
  bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
  jepara = await ctx.as('regional_officer', { regions: ['33.20'] });
}, 120_000);

describe('a tie that crosses the officer’s scope', () => {
  it('may be recorded in the officer’s centre from their firm to a firm elsewhere', async () => {
    const created = await as(bandung, {
      method: 'POST',
      url: '/api/interactions',
      payload: buildInteractionInput(world.in.enterpriseId, world.out.enterpriseId, {
        centerId: world.in.centerId,
        type: 'MATERIAL_SUPPLY',
        startDate: '2022-01-01',
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    crossTieId = created.json().id;
    // The officer named the outside firm by its id; the tie shows its name, which is how they know the tie.
    expect(created.json().toEnterpriseName).toBe(world.out.secrets.firmName);
  });

  it('may be recorded in the officer’s centre between two outside firms, with a warning', async () => {
    // The centre's network is the officer's record; ends that are not its members are flagged, not refused.
    const created = await as(bandung, {
      method: 'POST',
      url: '/api/interactions',
      payload: buildInteractionInput(world.out.enterpriseId, world.out.partnerId, {
        centerId: world.in.centerId,
        type: 'ORDER_SHARING',
        startDate: '2022-01-01',
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().warnings.length).toBeGreaterThan(0);
  });

  it('may not be recorded where neither the centre nor an end is the officer’s', async () => {
    const elsewhere = [
      buildInteractionInput(world.out.enterpriseId, world.out.partnerId, { type: 'ORDER_SHARING' }),
      buildInteractionInput(world.out.enterpriseId, world.out.partnerId, {
        type: 'ORDER_SHARING',
        centerId: world.out.centerId,
      }),
    ];
    for (const payload of elsewhere) {
      const response = await as(bandung, { method: 'POST', url: '/api/interactions', payload });
      expect(response.statusCode, response.body).toBe(403);
    }
  });

  it('is readable, listable and editable by the officers of both ends', async () => {
    for (const officer of [bandung, jepara]) {
      expect((await as(officer, { method: 'GET', url: `/api/interactions/${crossTieId}` })).statusCode).toBe(
        200,
      );
      const byOutFirm = await as(officer, {
        method: 'GET',
        url: `/api/interactions?enterprise=${world.out.enterpriseId}&limit=500`,
      });
      const ids = (byOutFirm.json().items as { id: string }[]).map((t) => t.id);
      expect(ids).toContain(crossTieId);
    }
    const bandungView = await as(bandung, {
      method: 'GET',
      url: `/api/interactions?enterprise=${world.out.enterpriseId}&limit=500`,
    });
    // The outside firm's other ties (in its own Jepara centre) stay out of the Bandung officer's lists.
    const ids = (bandungView.json().items as { id: string }[]).map((t) => t.id);
    expect(ids).toContain(crossTieId);
    expect(ids).not.toContain(world.out.tieId);
    expect(ids).not.toContain(world.out.conflictTieId);
    const version = (await as(bandung, { method: 'GET', url: `/api/interactions/${crossTieId}` })).json()
      .version;
    const patched = await as(bandung, {
      method: 'PATCH',
      url: `/api/interactions/${crossTieId}`,
      payload: { version, volume: '2 ton/bulan' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
  });

  it('gives the officer nothing of the outside firm beyond its name on the tie', async () => {
    const out = world.out;
    const refused = [
      `/api/enterprises/${out.enterpriseId}`,
      `/api/enterprises/${out.enterpriseId}/years`,
      `/api/enterprises/${out.enterpriseId}/size-classes`,
      `/api/enterprises/${out.enterpriseId}/memberships`,
      `/api/people/${out.ownerPersonId}`,
      `/api/people/${out.personId}`,
      `/api/people/${out.personId}/export`,
    ];
    for (const url of refused) {
      expect((await as(bandung, { method: 'GET', url })).statusCode, url).toBe(403);
    }
    const patch = await as(bandung, {
      method: 'PATCH',
      url: `/api/enterprises/${out.enterpriseId}`,
      payload: { version: 1, products: 'Diubah' },
    });
    expect(patch.statusCode).toBe(403);

    const people = await as(bandung, { method: 'GET', url: `/api/people?enterprise=${out.enterpriseId}` });
    expect(people.json().items).toEqual([]);
    const enterprises = await as(bandung, { method: 'GET', url: '/api/enterprises?limit=500' });
    expect((enterprises.json().items as { id: string }[]).map((e) => e.id)).not.toContain(out.enterpriseId);
  });

  it('shows the outside firm on the centre’s network by name, without its coordinates', async () => {
    const network = (
      await as(bandung, { method: 'GET', url: `/api/centers/${world.in.centerId}/network` })
    ).json() as { nodes: { id: string; label: string; member: boolean; latitude: number | null }[] };
    const outside = network.nodes.find((n) => n.id === world.out.enterpriseId);
    const own = network.nodes.find((n) => n.id === world.in.enterpriseId);
    expect(outside).toMatchObject({ label: world.out.secrets.firmName, member: false, latitude: null });
    expect(outside).toHaveProperty('longitude', null);
    // The officer's own firm keeps its coordinates: the rule hides only what the officer may not read.
    expect(own?.latitude).toBe(-6.95);
  });

  it('lets none of the outside firm’s personal data into any response the officer gets', async () => {
    const urls = [
      `/api/interactions/${crossTieId}`,
      `/api/interactions?limit=500`,
      `/api/centers/${world.in.centerId}/network`,
      `/api/centers/${world.in.centerId}/network/export?format=gexf`,
      `/api/centers/${world.in.centerId}/network/export?format=csv&part=nodes`,
      `/api/centers/${world.in.centerId}/members?limit=500`,
      `/api/centers/${world.in.centerId}/analysis`,
      `/api/export/interactions?format=csv`,
      `/api/export/enterprises?format=csv`,
      `/api/export/memberships?format=csv`,
      `/api/audit?limit=1000`,
      `/api/people?limit=500`,
    ];
    const personal = Object.entries(world.out.secrets).filter(([key]) => key !== 'firmName') as [
      keyof Secrets,
      string,
    ][];
    const leaks: string[] = [];
    for (const url of urls) {
      const response = await as(bandung, { method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      for (const [key, value] of personal) if (response.body.includes(value)) leaks.push(`${url}: ${key}`);
    }
    expect(leaks).toEqual([]);
  });
});
