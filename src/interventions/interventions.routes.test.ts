import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createCenter, createEnterprise } from '../memberships/memberships.test-helpers.ts';
import { post } from '../pools/pools.test-helpers.ts';
import { buildInterventionInput, centerWithFirms, tie } from './interventions.test-helpers.ts';

const ctx = useTestApp();

const count = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM interventions`.execute(ctx.db)).rows[0]?.n);

describe('interventions', () => {
  it('records, lists, changes and deletes an intervention with its beneficiaries', async () => {
    const { centerId, firmIds } = await centerWithFirms(ctx, [{ workers: {} }, { workers: {} }]);
    const created = await post(
      ctx,
      `/api/centers/${centerId}/interventions`,
      buildInterventionInput({ beneficiaryEnterpriseIds: [firmIds[0]] }),
    );
    expect(created).toMatchObject({
      centerId,
      interventionType: 'training',
      endDate: '2021-10-31',
      costIdr: 150_000_000,
    });
    expect(created.beneficiaryEnterprises.map((b: { id: string }) => b.id)).toEqual([firmIds[0]]);

    const list = await ctx.app.inject({ method: 'GET', url: `/api/centers/${centerId}/interventions` });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([created.id]);

    const changed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/interventions/${created.id}`,
      payload: {
        version: created.version,
        title: 'Pelatihan desain sepatu',
        beneficiaryEnterpriseIds: firmIds,
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().title).toBe('Pelatihan desain sepatu');
    expect(changed.json().beneficiaryEnterprises).toHaveLength(2);
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/interventions/${created.id}`,
      payload: { version: created.version, title: 'Lama' },
    });
    expect(stale.statusCode).toBe(409);

    const deleted = await ctx.app.inject({ method: 'DELETE', url: `/api/interventions/${created.id}` });
    expect(deleted.statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/interventions/${created.id}` })).statusCode,
    ).toBe(404);
  });

  it('refuses an end before the start and a firm outside the centre, naming them, writing nothing', async () => {
    const { centerId } = await centerWithFirms(ctx, [{ workers: {} }]);
    const outsider = await createEnterprise(ctx, { name: 'CV Bukan Anggota' });
    const before = await count();
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/centers/${centerId}/interventions?lang=id`,
      payload: buildInterventionInput({ endDate: '2021-01-31', beneficiaryEnterpriseIds: [outsider] }),
    });
    expect(response.statusCode).toBe(422);
    const details = response.json().error.details as { path: string; message: string }[];
    expect(details.find((d) => d.path === 'endDate')?.message).toContain('Tanggal selesai');
    expect(details.find((d) => d.path === 'beneficiaryEnterpriseIds')?.message).toContain('CV Bukan Anggota');
    expect(await count()).toBe(before);

    const en = await ctx.app.inject({
      method: 'POST',
      url: `/api/centers/${centerId}/interventions?lang=en`,
      payload: buildInterventionInput({ endDate: '2021-01-31' }),
    });
    expect(en.json().error.details[0].message).toContain('End date');
  });

  it('keeps managers of other centres and researchers out', async () => {
    const centerId = await createCenter(ctx);
    const elsewhere = await createCenter(ctx);
    const created = await post(ctx, `/api/centers/${centerId}/interventions`, buildInterventionInput());
    const get = async (headers: { authorization: string }) =>
      (await ctx.app.inject({ method: 'GET', url: `/api/interventions/${created.id}/effect`, headers }))
        .statusCode;
    expect(await get(await ctx.as('center_manager', { centers: [centerId] }))).toBe(200);
    expect(await get(await ctx.as('center_manager', { centers: [elsewhere] }))).toBe(403);
    expect(await get(await ctx.as('researcher'))).toBe(403);
    const write = await ctx.app.inject({
      method: 'POST',
      url: `/api/centers/${centerId}/interventions`,
      headers: await ctx.as('center_manager', { centers: [elsewhere] }),
      payload: buildInterventionInput(),
    });
    expect(write.statusCode).toBe(403);
  });
});

describe('intervention effect', () => {
  it('shows before/after and the difference-in-differences against comparable centres', async () => {
    // Treated: 2 firms with 10 workers in 2020; a third joins in 2021; 20 workers in 2022 (+10, firms +1).
    const treated = await centerWithFirms(ctx, [
      { workers: { 2020: [3, 2], 2022: [6, 4] } },
      { workers: { 2020: [3, 2], 2022: [3, 2] } },
      { joined: '2021-06-01', workers: { 2022: [3, 2] } },
    ]);
    const [a, b] = treated.firmIds as [string, string];
    await tie(ctx, treated.centerId, a, b, '2021-05-01');
    // Comparison: +2 workers and ±0 (mean +1), no change in firms.
    await centerWithFirms(ctx, [{ workers: { 2020: [3, 2], 2022: [4, 3] } }], {
      name: 'Pembanding A',
    });
    await centerWithFirms(
      ctx,
      [{ workers: { 2020: [3, 2], 2022: [3, 2] } }, { workers: { 2020: [3, 2], 2022: [3, 2] } }],
      {
        name: 'Pembanding B',
      },
    );
    // Not comparable: another product group; and a centre with its own training in the window.
    await centerWithFirms(ctx, [{ workers: { 2020: [1, 1], 2022: [9, 9] } }], { commodityGroup: 'food' });
    const trained = await centerWithFirms(ctx, [{ workers: { 2020: [1, 1], 2022: [9, 9] } }], {
      name: 'Dilatih',
    });
    await post(
      ctx,
      `/api/centers/${trained.centerId}/interventions`,
      buildInterventionInput({ startDate: '2022-02-01', endDate: null }),
    );
    await post(
      ctx,
      `/api/centers/${treated.centerId}/interventions`,
      buildInterventionInput({
        interventionType: 'promotion',
        title: 'Pameran 2021',
        startDate: '2021-08-01',
        endDate: null,
      }),
    );
    const intervention = await post(
      ctx,
      `/api/centers/${treated.centerId}/interventions`,
      buildInterventionInput(),
    );

    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/interventions/${intervention.id}/effect?lang=en`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const effect = response.json();
    expect(effect).toMatchObject({ beforeYear: 2020, afterYear: 2022, didShown: true, didNote: null });
    const names = effect.comparisonCenters.map((c: { name: string }) => c.name);
    expect(names).toContain('Pembanding A');
    expect(names).toContain('Pembanding B');
    expect(names).not.toContain('Dilatih');
    expect(effect.comparisonCenters[0].reason).toMatch(
      /Same product group .* no "Training" intervention from 2020-01-01 to 2022-12-31/,
    );
    const row = (indicator: string) =>
      effect.rows.find((r: { indicator: string }) => r.indicator === indicator);
    expect(row('workers')).toMatchObject({ before: 10, after: 20, change: 10, comparisonChange: 1, did: 9 });
    expect(row('firms')).toMatchObject({ before: 2, after: 3, change: 1, comparisonChange: 0, did: 1 });
    expect(row('collaborationDensity')).toMatchObject({ before: 0, after: 1 / 3 });
    expect(effect.otherProgrammes.map((o: { title: string }) => o.title)).toEqual(['Pameran 2021']);
    expect(effect.caveats.join(' ')).toContain('Parallel trends');
    expect(effect.caveats.join(' ')).toContain('Pameran 2021');

    // In a province with one comparison centre only, no DiD is shown and the answer says why.
    const jepara = { regionCodes: ['33.20.01.2001'] };
    const lone = await centerWithFirms(ctx, [{ workers: { 2020: [3, 2], 2022: [4, 3] } }], jepara);
    await centerWithFirms(ctx, [{ workers: { 2020: [3, 2], 2022: [3, 2] } }], jepara);
    const single = await post(ctx, `/api/centers/${lone.centerId}/interventions`, buildInterventionInput());
    const few = (
      await ctx.app.inject({ method: 'GET', url: `/api/interventions/${single.id}/effect?lang=id` })
    ).json();
    expect(few.didShown).toBe(false);
    expect(few.didNote).toContain('sentra pembanding');
    expect(few.rows.every((r: { did: number | null }) => r.did === null)).toBe(true);
  });
});
