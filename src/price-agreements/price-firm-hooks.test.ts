import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import { recordAgreement, setFigures } from './price-agreements.test-helpers.ts';

const ctx = useTestApp();

const consent = async (id: string, enterpriseId: string) => {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/price-agreements/${id}/consents`,
    payload: { enterpriseId, consentedOn: '2024-02-01' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const read = async (id: string, lang = 'en') =>
  (await ctx.app.inject({ method: 'GET', url: `/api/price-agreements/${id}?lang=${lang}` })).json();

/** The firms whose users got a notification with `key` about the agreement. */
async function toldFirms(agreementId: string, key: string): Promise<string[]> {
  const { rows } = await sql<{ ref: string }>`
    SELECT DISTINCT s.ref FROM notifications n JOIN user_scopes s ON s.user_id = n.user_id
    WHERE n.object_id = ${agreementId} AND n.message_key = ${key} AND s.kind = 'enterprise'
    ORDER BY s.ref`.execute(ctx.db);
  return rows.map((r) => r.ref);
}

describe('price agreements follow the firm', () => {
  it('flags the agreement when a consenting small firm’s figures become medium, naming the figure, and tells the board', async () => {
    const world = await poolWorld(ctx, 2);
    const [chair, member] = world.members as [string, string];
    await ctx.as('enterprise', { enterprises: [chair] });
    await ctx.as('enterprise', { enterprises: [member] });
    await setFigures(ctx, chair);
    await setFigures(ctx, member);
    const agreement = await recordAgreement(ctx, world);
    expect(await toldFirms(agreement.id, 'price.agreement_new')).toEqual([chair, member].sort());
    await consent(agreement.id, chair);
    expect((await consent(agreement.id, member)).competitionFlag.status).toBe('clear');

    await setFigures(ctx, member, 18_000_000_000);
    const after = await read(agreement.id);
    expect(after.flag).toBe('flagged');
    const verdict = after.competitionFlag.firms.find(
      (f: { enterpriseId: string }) => f.enterpriseId === member,
    );
    expect(verdict).toMatchObject({ verdict: 'not_small', sizeClass: 'medium', figure: 18_000_000_000 });
    expect(verdict.explanation).toContain('Rp18 bn');
    // Only the chair sits on the board: the member's users are not told of the flag.
    expect(await toldFirms(agreement.id, 'price.flagged')).toEqual([chair]);

    // Back to small figures clears it again.
    await setFigures(ctx, member);
    expect((await read(agreement.id)).flag).toBe('clear');
  });

  it('writes a renamed firm’s new name into the stored verdicts', async () => {
    const world = await poolWorld(ctx, 1);
    const firm = world.members[0] as string;
    await setFigures(ctx, firm);
    const agreement = await recordAgreement(ctx, world);
    await consent(agreement.id, firm);
    const current = (await ctx.app.inject({ method: 'GET', url: `/api/enterprises/${firm}` })).json();
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${firm}`,
      payload: { version: current.version, name: 'CV Baru Bersinar' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const stored = await ctx.db
      .selectFrom('price_agreements')
      .select('flag_inputs')
      .where('id', '=', agreement.id)
      .executeTakeFirstOrThrow();
    expect(stored.flag_inputs.map((v) => v.enterpriseName)).toEqual(['CV Baru Bersinar']);
    expect((await read(agreement.id)).competitionFlag.firms[0].explanation).toContain('CV Baru Bersinar');
  });

  it('tells the affected member and the board of a violation report', async () => {
    const world = await poolWorld(ctx, 3);
    const [chair, offender, affected] = world.members as [string, string, string];
    for (const firm of world.members) await ctx.as('enterprise', { enterprises: [firm] });
    const agreement = await recordAgreement(ctx, world);
    await consent(agreement.id, offender);
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/price-agreements/${agreement.id}/violations`,
      payload: {
        offenderEnterpriseId: offender,
        affectedEnterpriseId: affected,
        soldOn: '2024-03-01',
        evidenceNote: 'Nota penjualan',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await toldFirms(agreement.id, 'price.violation')).toEqual([chair, affected].sort());
  });
});
