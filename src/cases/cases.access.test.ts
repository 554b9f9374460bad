import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { createCenter } from '../memberships/memberships.test-helpers.ts';
import { caseAt, caseWorld, send } from './cases.test-helpers.ts';

const ctx = useTestApp();

const read = (id: string, headers: Record<string, string>) =>
  ctx.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers });
const listed = async (headers: Record<string, string>, centerId: string) =>
  (await ctx.app.inject({ url: `/api/cases?centerId=${centerId}`, headers }))
    .json()
    .items.map((c: { id: string }) => c.id);

describe('who reads a conflict case', () => {
  it('follows the confidentiality level per role, in lists as in reads', async () => {
    const world = await caseWorld(ctx);
    const internal = await caseAt(ctx, world, []);
    const parties = await caseAt(ctx, world, [], { confidentiality: 'parties' });
    const dinasOnly = await caseAt(ctx, world, [], { confidentiality: 'dinas_only' });
    const research = await caseAt(ctx, world, [], { allowsResearch: true });

    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const otherManager = await ctx.as('center_manager', { centers: [await createCenter(ctx)] });
    const dinas = await ctx.as('regional_officer', { regions: ['32.73'] });
    const farDinas = await ctx.as('regional_officer', { regions: ['33.20'] });
    const party = await ctx.as('enterprise', { enterprises: [world.copier] });
    const researcher = await ctx.as('researcher', {}, { personalDataAccess: true });
    const ministry = await ctx.as('ministry');

    const seen = async (headers: Record<string, string>) =>
      Promise.all(
        [internal, parties, dinasOnly, research].map(async (c) => (await read(c.id, headers)).statusCode),
      );
    expect(await seen(manager)).toEqual([200, 200, 403, 200]);
    expect(await seen(otherManager)).toEqual([403, 403, 403, 403]);
    expect(await seen(dinas)).toEqual([200, 200, 200, 200]);
    expect(await seen(farDinas)).toEqual([403, 403, 403, 403]);
    expect(await seen(party)).toEqual([403, 200, 403, 403]);
    expect(await seen(researcher)).toEqual([403, 403, 403, 200]);
    expect(await seen(ministry)).toEqual([403, 403, 403, 403]);

    expect((await listed(manager, world.centerId)).sort()).toEqual(
      [internal.id, parties.id, research.id].sort(),
    );
    expect(await listed(party, world.centerId)).toEqual([parties.id]);
    expect(await listed(researcher, world.centerId)).toEqual([research.id]);
  });

  it('pseudonymises the case for researchers: names replaced, free text withheld', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, [], { allowsResearch: true });
    const researcher = await ctx.as('researcher');
    const body = (await read(kase.id, researcher)).json();
    expect(body.pseudonymised).toBe(true);
    expect(
      body.parties.map((p: { name: string }) => p.name).every((n: string) => /^IKM-[0-9a-f]{8}$/.test(n)),
    ).toBe(true);
    expect(JSON.stringify(body)).not.toContain(world.copier);
    expect(JSON.stringify(body)).not.toContain('mega mendung');
    expect(body.caseType).toBe('DESIGN_COPYING');
  });

  it('lets only the handlers in scope change a case', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, [], { confidentiality: 'parties' });
    const party = await ctx.as('enterprise', { enterprises: [world.copier] });
    const farDinas = await ctx.as('regional_officer', { regions: ['33.20'] });
    const move = { version: kase.version, status: 'verifying' };
    for (const headers of [party, farDinas]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/cases/${kase.id}/move`,
        payload: move,
        headers,
      });
      expect(response.statusCode).toBe(403);
    }
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const moved = await send(ctx, 'POST', `/api/cases/${kase.id}/move`, move, manager);
    expect(moved.status).toBe('verifying');
  });
});

describe('read audit', () => {
  it('writes a read entry for every read of a case, naming the reader', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, []);
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    await read(kase.id, manager);
    await read(kase.id, manager);
    const refused = await read(
      kase.id,
      await ctx.as('center_manager', { centers: [await createCenter(ctx)] }),
    );
    expect(refused.statusCode).toBe(403);
    const entries = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_label', 'action', 'after'])
      .where('entity_type', '=', 'conflict_cases')
      .where('entity_id', '=', kase.id)
      .where('action', '=', 'read')
      .execute();
    expect(entries).toHaveLength(2);
    expect(entries[0]?.actor_label).toMatch(/^center_manager-\d+@uji\.example$/);
    expect(entries[0]?.after).toMatchObject({ confidentiality: 'internal', pseudonymised: false });
    const trail = await ctx.app.inject({ url: `/api/audit?entityId=${kase.id}&action=read` });
    expect(trail.statusCode, trail.body).toBe(200);
    expect(trail.json().total).toBe(2);
  });
});

describe('anonymous routes', () => {
  it('are rate-limited per address: the sixth call in a minute is a 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/cases/follow-up',
        payload: { followUpCode: 'AAAA-BBBB-CCCC-DDDD' },
        headers: ANONYMOUS,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
  });
});
