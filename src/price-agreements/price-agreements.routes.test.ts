import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildPriceAgreementInput } from '../../test/factories.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import { recordAgreement, setFigures } from './price-agreements.test-helpers.ts';

const ctx = useTestApp();

const consent = (id: string, enterpriseId: string, consentedOn = '2024-02-01', lang = 'en') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/price-agreements/${id}/consents?lang=${lang}`,
    payload: { enterpriseId, consentedOn },
  });

const rowCount = async (table: string) =>
  Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db)).rows[0]?.n,
  );

describe('price agreements', () => {
  it('flags an agreement once a medium firm consents, names the regime and figure, and clears on withdrawal', async () => {
    const world = await poolWorld(ctx, 2);
    const [small, medium] = world.members as [string, string];
    await setFigures(ctx, small);
    await setFigures(ctx, medium, 18_000_000_000);
    const agreement = await recordAgreement(ctx, world);
    expect(agreement.competitionFlag.status).toBe('clear');
    expect(agreement.competitionFlag.notLegalAdvice).toMatch(/not legal advice|bukan nasihat hukum/);

    expect((await consent(agreement.id, small)).json().competitionFlag.status).toBe('clear');
    const flagged = (await consent(agreement.id, medium)).json();
    expect(flagged.competitionFlag.status).toBe('flagged');
    expect(flagged.consents).toBe(2);
    const verdict = flagged.competitionFlag.firms.find(
      (f: { enterpriseId: string }) => f.enterpriseId === medium,
    );
    expect(verdict).toMatchObject({ verdict: 'not_small', regime: 'pp_7_2021', sizeClass: 'medium' });
    expect(verdict.explanation).toContain('PP 7/2021');
    expect(verdict.explanation).toContain('Rp18 bn');
    const stored = await ctx.db
      .selectFrom('price_agreements')
      .select(['flag', 'flag_inputs'])
      .where('id', '=', agreement.id)
      .executeTakeFirstOrThrow();
    expect(stored.flag).toBe('flagged');
    expect(stored.flag_inputs).toHaveLength(2);

    const withdrawn = await ctx.app.inject({
      method: 'POST',
      url: `/api/price-agreements/${agreement.id}/withdraw`,
      payload: { enterpriseId: medium, withdrawnOn: '2024-03-01' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().competitionFlag.status).toBe('clear');
    expect(withdrawn.json().consentList.map((c: { withdrawnOn: string | null }) => c.withdrawnOn)).toEqual([
      null,
      '2024-03-01',
    ]);
  });

  it('cannot tell when a consenting firm has no yearly figures', async () => {
    const world = await poolWorld(ctx, 1);
    const agreement = await recordAgreement(ctx, world);
    const body = (await consent(agreement.id, world.members[0] as string, '2024-02-01', 'id')).json();
    expect(body.competitionFlag.status).toBe('cannot_tell');
    expect(body.competitionFlag.summary).toContain('tidak diketahui');
  });

  it('refuses a consent by a firm outside the institution, naming it, and writes nothing', async () => {
    const world = await poolWorld(ctx, 1);
    const agreement = await recordAgreement(ctx, world);
    const before = await rowCount('price_agreement_consents');
    const response = await consent(agreement.id, world.outsider);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0].path).toBe('enterpriseId');
    expect(response.json().error.message).toContain('is not a member of');
    expect(await rowCount('price_agreement_consents')).toBe(before);
    const again = await consent(agreement.id, world.members[0] as string);
    expect(again.statusCode).toBe(200);
    const twice = await consent(agreement.id, world.members[0] as string);
    expect(twice.statusCode).toBe(422);
  });

  it('refuses a price of zero or less, and an end before the start, naming the fields', async () => {
    const world = await poolWorld(ctx, 1);
    const before = await rowCount('price_agreements');
    for (const price of [0, -5]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/price-agreements?lang=id',
        payload: buildPriceAgreementInput({
          institutionId: world.institutionId,
          centerId: world.centerId,
          price,
        }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].path).toBe('price');
      expect(response.json().error.details[0].message).toContain('Harga per satuan');
    }
    const backwards = await ctx.app.inject({
      method: 'POST',
      url: '/api/price-agreements?lang=en',
      payload: buildPriceAgreementInput({
        institutionId: world.institutionId,
        centerId: world.centerId,
        effectiveTo: '2023-01-01',
      }),
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details[0].path).toBe('effectiveTo');
    expect(await rowCount('price_agreements')).toBe(before);
  });

  it('turns a violation report into a PRICE_UNDERCUTTING tie and lists it', async () => {
    const world = await poolWorld(ctx, 2);
    const [offender, affected] = world.members as [string, string];
    const agreement = await recordAgreement(ctx, world);
    const report = (soldPrice: number) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/price-agreements/${agreement.id}/violations?lang=en`,
        payload: {
          offenderEnterpriseId: offender,
          affectedEnterpriseId: affected,
          soldOn: '2024-05-02',
          soldPrice,
          evidenceNote: 'Nota penjualan ke pembeli Solo',
        },
      });
    const notBelow = await report(90_000);
    expect(notBelow.statusCode).toBe(422);
    expect(notBelow.json().error.details[0].path).toBe('soldPrice');
    const response = await report(70_000);
    expect(response.statusCode, response.body).toBe(201);
    const [violation] = response.json().violations;
    expect(violation).toMatchObject({ offenderEnterpriseId: offender, soldPrice: 70_000, caseId: null });
    const tie = (await ctx.app.inject({ url: `/api/interactions/${violation.interactionId}` })).json();
    expect(tie).toMatchObject({
      type: 'PRICE_UNDERCUTTING',
      fromEnterpriseId: offender,
      toEnterpriseId: affected,
      startDate: '2024-05-02',
      centerId: world.centerId,
    });
    const second = await report(60_000);
    expect(second.json().violations[0].interactionId).toBe(violation.interactionId);
  });

  it('shows agreements to their institution’s members and in-scope managers only', async () => {
    const world = await poolWorld(ctx, 1);
    const other = await poolWorld(ctx, 1);
    const agreement = await recordAgreement(ctx, world);
    const member = await ctx.as('enterprise', { enterprises: [world.members[0] as string] });
    const outsider = await ctx.as('enterprise', { enterprises: [other.members[0] as string] });
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const list = (headers: Record<string, string>) =>
      ctx.app.inject({ url: `/api/price-agreements?institutionId=${world.institutionId}`, headers });
    expect((await list(member)).json().total).toBe(1);
    expect((await list(manager)).json().total).toBe(1);
    expect((await list(outsider)).json().total).toBe(0);
    const read = await ctx.app.inject({ url: `/api/price-agreements/${agreement.id}`, headers: outsider });
    expect(read.statusCode).toBe(403);
    const foreign = await ctx.app.inject({
      method: 'POST',
      url: `/api/price-agreements/${agreement.id}/consents`,
      headers: member,
      payload: { enterpriseId: other.members[0], consentedOn: '2024-02-01' },
    });
    expect(foreign.statusCode).toBe(403);
  });
});
