import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildInstitutionInput } from '../../../test/factories.ts';
import { centerWith, created, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import type { CenterAnalysis } from './analysis.schema.ts';

const ctx = useTestApp();

/** Centre A is served by the koperasi (a is its member); centre B only has a tie to it. */
let a: string;
let centerA: string;
let centerB: string;
let unrelated: string;
let koperasi: string;

beforeAll(async () => {
  const [b, c, d] = [await enterpriseIn(ctx), await enterpriseIn(ctx), await enterpriseIn(ctx)];
  a = await enterpriseIn(ctx);
  centerA = await centerWith(ctx, [a, b]);
  centerB = await centerWith(ctx, [c, d]);
  unrelated = await centerWith(ctx, [d]);
  koperasi = (
    await created(
      ctx,
      '/api/institutions',
      buildInstitutionInput({ name: 'Koperasi Uji', centerIds: [centerA] }),
    )
  ).id!;
  await created(ctx, '/api/institution-memberships', {
    institutionId: koperasi,
    enterpriseId: a,
    validFrom: '2015-01-01',
  });
  await tie(ctx, a, b, { centerId: centerA, startDate: '2019-01-01' });
  await tie(ctx, c, d, { centerId: centerB, startDate: '2019-01-01' });
  await created(ctx, '/api/interactions', {
    centerId: centerB,
    fromEnterpriseId: c,
    toInstitutionId: koperasi,
    type: 'MATERIAL_SUPPLY',
    startDate: '2020-01-01',
    reportedBy: 'both_parties',
  });
});

async function versions(): Promise<Record<string, number>> {
  const rows = await ctx.db
    .selectFrom('center_network_versions')
    .where('center_id', 'in', [centerA, centerB, unrelated])
    .select(['center_id', 'version'])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.center_id, Number(r.version)]));
}

async function analysis(centerId: string): Promise<CenterAnalysis> {
  const response = await ctx.app.inject({ url: `/api/centers/${centerId}/analysis` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function setArchived(action: 'archive' | 'restore') {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/institutions/${koperasi}/${action}`,
    payload: {},
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('archiving an institution', () => {
  it('makes the stored analyses of the centres it serves or is tied in stale, and restoring does again', async () => {
    const stored = await analysis(centerA);
    expect(stored.indicators.institutionalCoverage).toBe(0.5);
    expect((await analysis(centerA)).computedAt).toBe(stored.computedAt);
    const before = await versions();

    await setArchived('archive');
    const archived = await versions();
    expect(archived[centerA]).toBe(before[centerA]! + 1);
    expect(archived[centerB]).toBe(before[centerB]! + 1);
    expect(archived[unrelated]).toBe(before[unrelated]);
    // The archived koperasi no longer serves centre A: its member no longer counts as covered.
    const after = await analysis(centerA);
    expect(after.computedAt).not.toBe(stored.computedAt);
    expect(after.indicators.institutionalCoverage).toBe(0);

    await setArchived('restore');
    const restored = await versions();
    expect(restored[centerA]).toBe(archived[centerA]! + 1);
    expect((await analysis(centerA)).indicators.institutionalCoverage).toBe(0.5);
  });

  it('leaves the centres current when the institution is only renamed', async () => {
    const before = await versions();
    const current = (await ctx.app.inject({ url: `/api/institutions/${koperasi}` })).json();
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${koperasi}`,
      payload: { version: current.version, name: 'Koperasi Uji Baru' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await versions()).toEqual(before);
  });
});
