import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { buildInstitutionInput, buildInteractionInput } from '../../test/factories.ts';
import { centerWith, created, enterpriseIn, listIds, tie } from './interactions.test-helpers.ts';

const ctx = useTestApp();

let a: string;
let b: string;
let c: string;

beforeAll(async () => {
  [a, b, c] = [await enterpriseIn(ctx), await enterpriseIn(ctx), await enterpriseIn(ctx)];
});

async function post(payload: Record<string, unknown>) {
  return ctx.app.inject({ method: 'POST', url: '/api/interactions', payload });
}

function paths(response: { json(): { error: { details: { path: string }[] } } }): string[] {
  return response.json().error.details.map((d) => d.path);
}

describe('interaction type catalogue', () => {
  it('lists the 25 types publicly, with derived defaults', async () => {
    const response = await ctx.app.inject({ url: '/api/interaction-types', headers: ANONYMOUS });
    expect(response.statusCode).toBe(200);
    const { types, legalPatterns } = response.json();
    expect(types).toHaveLength(25);
    expect(legalPatterns).toHaveLength(10);
    const byCode = new Map(types.map((t: { code: string }) => [t.code, t]));
    expect(byCode.get('SUBCONTRACT')).toMatchObject({
      valence: 'collaboration',
      defaultLegalPattern: 'subcontracting',
    });
    expect(byCode.get('TOLL_MANUFACTURING')).toMatchObject({ defaultLegalPattern: null });
    expect(byCode.get('INFORMAL_CREDIT')).toMatchObject({
      legalPatterns: ['profit_sharing'],
      defaultLegalPattern: null,
    });
    expect(byCode.get('SPIN_OFF')).toMatchObject({ valenceChoices: ['collaboration', 'conflict'] });
    expect(byCode.get('FAIR_COMPETITION')).toMatchObject({ valence: 'coopetition', symmetric: true });
    expect(byCode.get('DESIGN_COPYING')).toMatchObject({
      valence: 'conflict',
      label: { id: 'Jiplak desain/motif' },
    });
  });
});

describe('interactions API', () => {
  it('records a tie with derived valence, suggested pattern and defaults, and reads it back', async () => {
    const subcontract = await tie(ctx, a, b, { type: 'SUBCONTRACT' });
    expect(subcontract).toMatchObject({
      fromEnterpriseId: a,
      toEnterpriseId: b,
      valence: 'collaboration',
      legalPattern: 'subcontracting',
      formality: 'oral',
      confidence: 'reported',
      confidential: false,
      endDate: null,
      version: 1,
    });
    const read = await ctx.app.inject({ url: `/api/interactions/${subcontract.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json().fromEnterpriseName).toMatch(/^IKM Sepatu Uji/);
    const conflict = await tie(ctx, a, b, { type: 'DESIGN_COPYING', legalPattern: null });
    expect(conflict).toMatchObject({ valence: 'conflict', confidential: true, legalPattern: null });
    const open = await tie(ctx, a, c, { type: 'PRICE_UNDERCUTTING', confidential: false });
    expect(open.confidential).toBe(false);
  });

  it('lets only SPIN_OFF choose its valence', async () => {
    const rival = await tie(ctx, b, c, { type: 'SPIN_OFF', valence: 'conflict' });
    expect(rival).toMatchObject({ valence: 'conflict', confidential: true });
    const partner = await tie(ctx, c, b, { type: 'SPIN_OFF' });
    expect(partner.valence).toBe('collaboration');
    const forced = await post(buildInteractionInput(a, c, { type: 'MATERIAL_SUPPLY', valence: 'conflict' }));
    expect(forced.statusCode).toBe(422);
    expect(paths(forced)).toEqual(['valence']);
  });

  it('refuses broken ties with 422 and field paths', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [buildInteractionInput(a, a), ['toEnterpriseId']],
      [buildInteractionInput(a, b, { startDate: '2023-05-01', endDate: '2023-05-01' }), ['endDate']],
      [buildInteractionInput(a, b, { startDate: '2023-05-01', endDate: '2023-04-01' }), ['endDate']],
      [
        buildInteractionInput(a, b, { toInstitutionId: crypto.randomUUID() }),
        ['toEnterpriseId', 'toInstitutionId'],
      ],
      [{ ...buildInteractionInput(a, b), toEnterpriseId: undefined }, ['toEnterpriseId']],
      [buildInteractionInput(a, crypto.randomUUID()), ['toEnterpriseId']],
      [buildInteractionInput(crypto.randomUUID(), b), ['fromEnterpriseId']],
      [buildInteractionInput(a, b, { centerId: crypto.randomUUID() }), ['centerId']],
    ];
    for (const [payload, expected] of cases) {
      const response = await post(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(paths(response)).toEqual(expected);
    }
    const unknownField = await post({ ...buildInteractionInput(a, b), sign: -1 });
    expect(unknownField.statusCode).toBe(400);
    const badType = await post(buildInteractionInput(a, b, { type: 'GOSSIP' }));
    expect(badType.statusCode).toBe(400);
  });

  it('takes an institution as the other end only for types where it plays a part', async () => {
    const cooperative = (
      await created(ctx, '/api/institutions', buildInstitutionInput({ type: 'cooperative' }))
    ).id!;
    const supply = await post({
      ...buildInteractionInput(a, b, { type: 'MATERIAL_SUPPLY' }),
      toEnterpriseId: null,
      toInstitutionId: cooperative,
    });
    expect(supply.statusCode, supply.body).toBe(201);
    expect(supply.json()).toMatchObject({ toEnterpriseId: null, toInstitutionId: cooperative });
    expect(supply.json().toInstitutionName).toMatch(/^Paguyuban Uji/);
    const undercut = await post({
      ...buildInteractionInput(a, b, { type: 'PRICE_UNDERCUTTING' }),
      toEnterpriseId: null,
      toInstitutionId: cooperative,
    });
    expect(undercut.statusCode).toBe(422);
    expect(paths(undercut)).toEqual(['toInstitutionId']);
    const byInstitution = await listIds(ctx, `?institution=${cooperative}`);
    expect(byInstitution.ids).toEqual([supply.json().id]);
  });

  it('stores a symmetric tie once: B–A is the same tie as A–B', async () => {
    const [x, y] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
    const [low, high] = [x, y].sort();
    const first = await tie(ctx, high!, low!, { type: 'JOINT_PURCHASING', startDate: '2022-01-01' });
    expect(first).toMatchObject({
      fromEnterpriseId: low,
      toEnterpriseId: high,
      legalPattern: 'operational_cooperation',
    });
    const again = await post(
      buildInteractionInput(low!, high!, { type: 'JOINT_PURCHASING', startDate: '2022-06-01' }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain(first.id);
    const later = await tie(ctx, low!, high!, {
      type: 'JOINT_PURCHASING',
      startDate: '2020-01-01',
      endDate: '2022-01-01',
    });
    expect(later).toMatchObject({ fromEnterpriseId: low, toEnterpriseId: high });
    // Direction matters for directed types: supplying each other is two ties.
    await tie(ctx, x, y, { type: 'MATERIAL_SUPPLY' });
    await tie(ctx, y, x, { type: 'MATERIAL_SUPPLY' });
    const fromY = await listIds(ctx, `?enterprise=${high}&type=JOINT_PURCHASING,MATERIAL_SUPPLY`);
    expect(fromY.total).toBe(4);
  });

  it('counts a tie active from its start day up to, not including, its end day', async () => {
    const [x, y] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
    const ended = await tie(ctx, x, y, {
      type: 'ORDER_SHARING',
      startDate: '2023-01-01',
      endDate: '2023-06-01',
    });
    const ongoing = await tie(ctx, x, y, { type: 'LABOUR_SHARING', startDate: '2023-06-01' });
    const on = async (day: string) => (await listIds(ctx, `?enterprise=${x}&activeAt=${day}`)).ids.sort();
    expect(await on('2022-12-31')).toEqual([]);
    expect(await on('2023-01-01')).toEqual([ended.id]);
    expect(await on('2023-05-31')).toEqual([ended.id]);
    expect(await on('2023-06-01')).toEqual([ongoing.id]);
    expect(await on('2030-01-01')).toEqual([ongoing.id]);
  });

  it('filters by type (repeated or comma list), valence and centre, with totals and pagination', async () => {
    const [x, y, z] = [await enterpriseIn(ctx), await enterpriseIn(ctx), await enterpriseIn(ctx)];
    const center = await centerWith(ctx, [x, y]);
    const supply = await tie(ctx, x, y, { type: 'MATERIAL_SUPPLY', centerId: center });
    const poach = await tie(ctx, y, x, { type: 'BUYER_POACHING', centerId: center });
    const credit = await tie(ctx, x, z, { type: 'INFORMAL_CREDIT' });
    expect((await listIds(ctx, `?center=${center}`)).ids.sort()).toEqual([supply.id, poach.id].sort());
    const repeated = await listIds(ctx, `?enterprise=${x}&type=MATERIAL_SUPPLY&type=INFORMAL_CREDIT`);
    expect(repeated.ids.sort()).toEqual([supply.id, credit.id].sort());
    const conflicts = await listIds(ctx, `?enterprise=${x}&valence=conflict`);
    expect(conflicts.ids).toEqual([poach.id]);
    const page = await listIds(ctx, `?enterprise=${x}&limit=1&sort=-startDate`);
    expect(page).toMatchObject({ total: 3 });
    expect(page.ids).toHaveLength(1);
    const badType = await ctx.app.inject({ url: '/api/interactions?type=MATERIAL_SUPPLY,GOSSIP' });
    expect(badType.statusCode).toBe(400);
  });

  it('warns, without refusing, when an end was not a centre member on the start day', async () => {
    const [x, y] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
    const center = await centerWith(ctx, [x]);
    const inside = await tie(ctx, x, y, { type: 'ORDER_SHARING', centerId: center });
    expect(inside.warnings).toEqual([expect.stringContaining('tujuan')]);
    const early = await tie(ctx, x, y, {
      type: 'KNOWLEDGE_SHARING',
      centerId: center,
      startDate: '2010-03-01',
    });
    expect(early.warnings).toHaveLength(2);
    const plain = await tie(ctx, x, y, { type: 'EQUIPMENT_SHARING' });
    expect(plain.warnings).toEqual([]);
  });

  it('updates with the current version, re-checks the rules, and refuses a stale version', async () => {
    const [x, y] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
    const created1 = await tie(ctx, x, y, { type: 'SUBCONTRACT' });
    const url = `/api/interactions/${created1.id}`;
    const patch = (payload: Record<string, unknown>) => ctx.app.inject({ method: 'PATCH', url, payload });
    const ok = await patch({ version: 1, type: 'WORKER_POACHING', evidenceNotes: 'Tiga penjahit pindah.' });
    expect(ok.statusCode, ok.body).toBe(200);
    // A suggested pattern follows the type; becoming a conflict makes the tie confidential.
    expect(ok.json()).toMatchObject({
      version: 2,
      valence: 'conflict',
      legalPattern: null,
      confidential: true,
    });
    const stale = await patch({ version: 1, strength: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const backwards = await patch({ version: 2, endDate: '2022-01-01' });
    expect(backwards.statusCode).toBe(422);
    expect(paths(backwards)).toEqual(['endDate']);
    const cleared = await patch({ version: 2, strength: null, volume: null });
    expect(cleared.json()).toMatchObject({
      version: 3,
      strength: null,
      volume: null,
      type: 'WORKER_POACHING',
    });
    const missing = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/interactions/${crypto.randomUUID()}`,
      payload: { version: 1 },
    });
    expect(missing.statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/interactions/nope' })).statusCode).toBe(404);
  });

  it('archives (hidden from lists, kept) and restores', async () => {
    const [x, y] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
    const created1 = await tie(ctx, x, y, { type: 'CONSIGNMENT' });
    const act = (action: string, payload?: Record<string, unknown>) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/interactions/${created1.id}/${action}`,
        ...(payload && { payload }),
      });
    const archived = await act('archive', { version: 1 });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await listIds(ctx, `?enterprise=${x}`)).ids).toEqual([]);
    expect((await listIds(ctx, `?enterprise=${x}&includeArchived=true`)).ids).toEqual([created1.id]);
    expect((await act('archive')).statusCode).toBe(422);
    expect((await act('restore', { version: 1 })).statusCode).toBe(409);
    const restored = await act('restore');
    expect(restored.json()).toMatchObject({ archivedAt: null, version: 3 });
    expect((await listIds(ctx, `?enterprise=${x}`)).ids).toEqual([created1.id]);
  });

  it('writes every change to the audit trail', async () => {
    const created1 = await tie(ctx, a, c, { type: 'COMPONENT_SUPPLY' });
    const rows = await sql<{ action: string }>`
      SELECT action FROM audit_log WHERE entity_type = 'interactions' AND entity_id = ${created1.id}`.execute(
      ctx.db,
    );
    expect(rows.rows.map((r) => r.action)).toEqual(['insert']);
  });
});
