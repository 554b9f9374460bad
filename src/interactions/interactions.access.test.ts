import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { buildInteractionInput } from '../../test/factories.ts';
import { BANDUNG, centerWith, enterpriseIn, JEPARA, listIds, tie } from './interactions.test-helpers.ts';

const ctx = useTestApp();

/** Bandung: centre A (members a1, a2), centre B (member b1); Jepara: j1, j2 in no centre. */
let a1: string;
let a2: string;
let b1: string;
let j1: string;
let j2: string;
let centerA: string;
/** Ties: a1→a2 collaboration in centre A, a1→a2 conflict (confidential), b1→a2 conflict, j1→j2 in Jepara. */
let collabA: { id: string };
let conflictA: { id: string };
let conflictB: { id: string };
let jepara: { id: string };
let collabB: { id: string };

beforeAll(async () => {
  [a1, a2, b1] = [await enterpriseIn(ctx), await enterpriseIn(ctx), await enterpriseIn(ctx)];
  [j1, j2] = [await enterpriseIn(ctx, JEPARA), await enterpriseIn(ctx, JEPARA)];
  centerA = await centerWith(ctx, [a1!, a2!], BANDUNG);
  await centerWith(ctx, [b1!], BANDUNG);
  collabA = await tie(ctx, a1!, a2!, { type: 'SUBCONTRACT', centerId: centerA });
  conflictA = await tie(ctx, a1!, a2!, {
    type: 'DESIGN_COPYING',
    centerId: centerA,
    evidenceNotes: 'Saksi: Bu Ani.',
  });
  conflictB = await tie(ctx, b1!, a2!, { type: 'PRICE_UNDERCUTTING' });
  collabB = await tie(ctx, b1!, a1!, { type: 'LABOUR_SHARING' });
  jepara = await tie(ctx, j1!, j2!, { type: 'MATERIAL_SUPPLY' });
});

const get = (id: string, headers: Record<string, string>) =>
  ctx.app.inject({ url: `/api/interactions/${id}`, headers });
const patch = async (id: string, headers: Record<string, string>, change: Record<string, unknown>) => {
  const { version } = (await ctx.app.inject({ url: `/api/interactions/${id}` })).json();
  return ctx.app.inject({
    method: 'PATCH',
    url: `/api/interactions/${id}`,
    headers,
    payload: { version, ...change },
  });
};
const create = (headers: Record<string, string>, payload: Record<string, unknown>) =>
  ctx.app.inject({ method: 'POST', url: '/api/interactions', headers, payload });

describe('interactions access', () => {
  it('needs sign-in for everything but the catalogue, and refuses viewers', async () => {
    const id = collabA.id;
    const requests = [
      { url: '/api/interactions' },
      { url: `/api/interactions/${id}` },
      { method: 'POST' as const, url: '/api/interactions', payload: buildInteractionInput(a1, a2) },
      { method: 'PATCH' as const, url: `/api/interactions/${id}`, payload: { version: 1 } },
      { method: 'POST' as const, url: `/api/interactions/${id}/archive` },
      { method: 'POST' as const, url: `/api/interactions/${id}/restore` },
    ];
    for (const request of requests) {
      const response = await ctx.app.inject({ ...request, headers: ANONYMOUS });
      expect(response.statusCode, request.url).toBe(401);
    }
    const viewer = await ctx.as('viewer');
    expect((await ctx.app.inject({ url: '/api/interactions', headers: viewer })).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/interaction-types', headers: viewer })).statusCode).toBe(200);
  });

  it('lets no ministry user or researcher write, nor a read-only token', async () => {
    for (const headers of [
      await ctx.as('ministry'),
      await ctx.as('researcher', {}, { personalDataAccess: true }),
      await ctx.as('admin', {}, { access: 'read' }),
    ]) {
      expect((await create(headers, buildInteractionInput(a1, b1))).statusCode).toBe(403);
      expect((await patch(collabA.id, headers, { strength: 1 })).statusCode).toBe(403);
    }
  });

  it('limits a Bandung regional officer to ties touching Kota Bandung', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    expect((await get(conflictA.id, officer)).json().evidenceNotes).toBe('Saksi: Bu Ani.');
    expect((await get(jepara.id, officer)).statusCode).toBe(403);
    const listed = await listIds(ctx, '?limit=500', officer);
    expect(listed.ids).toContain(conflictB.id);
    expect(listed.ids).not.toContain(jepara.id);
    expect(listed.total).toBe(listed.ids.length);
    expect((await listIds(ctx, `?enterprise=${j1}`, officer)).total).toBe(0);
    expect((await patch(collabA.id, officer, { strength: 2 })).statusCode).toBe(200);
    expect((await patch(jepara.id, officer, { strength: 2 })).statusCode).toBe(403);
    // Moving a tie out of their regions is placing it outside their scope.
    expect(
      (await patch(collabA.id, officer, { fromEnterpriseId: j1, toEnterpriseId: j2, centerId: null }))
        .statusCode,
    ).toBe(403);
    expect(
      (await create(officer, buildInteractionInput(j2, j1, { type: 'MATERIAL_SUPPLY' }))).statusCode,
    ).toBe(403);
    const crossBorder = await create(officer, buildInteractionInput(a1, j1, { type: 'MATERIAL_SUPPLY' }));
    expect(crossBorder.statusCode, crossBorder.body).toBe(201);
  });

  it("lets centre A's manager edit ties of A's members but not of B's", async () => {
    const manager = await ctx.as('center_manager', { centers: [centerA] });
    expect((await get(conflictA.id, manager)).statusCode).toBe(200);
    expect((await patch(collabA.id, manager, { frequency: 'seasonal' })).statusCode).toBe(200);
    const b1Only = await tie(ctx, b1, await enterpriseIn(ctx), { type: 'ORDER_SHARING' });
    expect((await get(b1Only.id, manager)).statusCode).toBe(403);
    expect((await patch(b1Only.id, manager, { frequency: 'seasonal' })).statusCode).toBe(403);
    expect((await listIds(ctx, `?enterprise=${b1}`, manager)).ids.sort()).toEqual(
      [conflictB.id, collabB.id].sort(),
    );
    const archive = await ctx.app.inject({
      method: 'POST',
      url: `/api/interactions/${b1Only.id}/archive`,
      headers: manager,
    });
    expect(archive.statusCode).toBe(403);
  });

  it('shows an enterprise user only its own ties, hiding evidence of confidential ones', async () => {
    const owner = await ctx.as('enterprise', { enterprises: [a2] });
    const listed = await listIds(ctx, '?limit=500', owner);
    expect(listed.ids.sort()).toEqual([collabA.id, conflictA.id, conflictB.id].sort());
    expect(listed.total).toBe(3);
    expect((await get(collabB.id, owner)).statusCode).toBe(403);
    const accused = await get(conflictA.id, owner);
    expect(accused.statusCode).toBe(200);
    expect(accused.json().evidenceNotes).toBeNull();
  });

  it('lets an enterprise user record collaboration ties it is part of, never conflicts', async () => {
    const owner = await ctx.as('enterprise', { enterprises: [b1] });
    const mine = await create(owner, buildInteractionInput(a1, b1, { type: 'KNOWLEDGE_SHARING' }));
    expect(mine.statusCode, mine.body).toBe(201);
    expect((await create(owner, buildInteractionInput(b1, a1, { type: 'BUYER_POACHING' }))).statusCode).toBe(
      403,
    );
    expect(
      (await create(owner, buildInteractionInput(b1, a1, { type: 'SPIN_OFF', valence: 'conflict' })))
        .statusCode,
    ).toBe(403);
    expect((await create(owner, buildInteractionInput(a1, a2, { type: 'ORDER_SHARING' }))).statusCode).toBe(
      403,
    );
    // Nor may it turn its collaboration into an accusation.
    expect((await patch(mine.json().id, owner, { type: 'DESIGN_COPYING' })).statusCode).toBe(403);
    expect((await patch(mine.json().id, owner, { strength: 5 })).statusCode).toBe(200);
  });

  it('shows researchers every tie, confidential ones too, under pseudonyms unless granted personal data', async () => {
    const researcher = await ctx.as('researcher');
    const listed = await listIds(ctx, '?limit=500', researcher);
    expect(listed.ids).toEqual(expect.arrayContaining([conflictA.id, jepara.id]));
    const seen = (await get(conflictA.id, researcher)).json();
    expect(seen.fromEnterpriseName).toMatch(/^IKM-[0-9a-f]{8}$/);
    expect(seen.toEnterpriseName).toMatch(/^IKM-[0-9a-f]{8}$/);
    expect(seen.evidenceNotes).toBeNull();
    const enterprise = (await ctx.app.inject({ url: `/api/enterprises/${a1}`, headers: researcher })).json();
    expect(seen.fromEnterpriseName).toBe(enterprise.name);
    const trusted = await ctx.as('researcher', {}, { personalDataAccess: true });
    const real = (await get(conflictA.id, trusted)).json();
    expect(real.fromEnterpriseName).toMatch(/^IKM Sepatu Uji/);
    expect(real.evidenceNotes).toBe('Saksi: Bu Ani.');
  });
});
