import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildInstitutionInput, buildYearInput } from '../../../test/factories.ts';
import {
  BANDUNG,
  centerWith,
  created,
  enterpriseIn,
  JEPARA,
  tie,
} from '../../interactions/interactions.test-helpers.ts';
import type { CenterBrokerage } from './brokerage.schema.ts';

const ctx = useTestApp();

/** v collaborates with a, b (Bandung) and c (Jepara); a and b undercut each other (confidential). */
let v: string;
let a: string;
let b: string;
let c: string;
let center: string;
let koperasi: string;

beforeAll(async () => {
  [v, a, b, c] = [
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
    await enterpriseIn(ctx),
    await enterpriseIn(ctx, JEPARA),
  ];
  center = await centerWith(ctx, [v!, a!, b!, c!], BANDUNG);
  await tie(ctx, a!, v!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, v!, b!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, v!, c!, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, a!, b!, { centerId: center, type: 'PRICE_UNDERCUTTING', startDate: '2019-06-01' });
  koperasi = (
    await created(ctx, '/api/institutions', buildInstitutionInput({ name: 'Koperasi Uji Perantara' }))
  ).id!;
  await created(ctx, '/api/institution-memberships', {
    institutionId: koperasi,
    enterpriseId: v,
    validFrom: '2015-01-01',
  });
  const year = await ctx.app.inject({
    method: 'PUT',
    url: `/api/enterprises/${v}/years/2022`,
    payload: buildYearInput({ workersMale: 10, workersFemale: 5 }),
  });
  expect([200, 201], year.body).toContain(year.statusCode);
});

async function brokerage(query: string, headers?: Record<string, string>): Promise<CenterBrokerage> {
  const response = await ctx.app.inject({
    url: `/api/centers/${center}/analysis/brokerage${query}`,
    ...(headers && { headers }),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/centers/:id/analysis/brokerage', () => {
  it('counts roles by village with expected values and z-scores, and lists the conflict v brokers', async () => {
    const result = await brokerage('?grouping=village&at=2020-01-01');
    expect(result.grouping).toBe('village');
    expect(result.groups.map((g) => g.size).sort()).toEqual([1, 3]);
    const broker = result.brokers.find((x) => x.id === v);
    // a–v–b both ways: coordinator 2; a, b → v → c: representative 2; c → v → a, b: gatekeeper 2.
    expect(broker?.observed).toEqual({
      coordinator: 2,
      itinerant: 0,
      gatekeeper: 2,
      representative: 2,
      liaison: 0,
      total: 6,
    });
    // 4 nodes, 3 collaboration ties = 6 arcs of 12: d = ½, p = ⅛; a Bandung broker has 2 coordinator pairs.
    expect(result.density).toBe(0.5);
    expect(broker?.expected.coordinator).toBeCloseTo(0.25, 12);
    expect(broker?.z.liaison).toBeNull();
    expect(broker?.conflicts.count).toBe(1);
    expect(broker?.conflicts.pairs[0]?.sort()).toEqual([a, b].sort());
  });

  it('under the permutation null keeps the graph: v brokers every pair of its three partners, so no surprise', async () => {
    const result = await brokerage('?grouping=village&model=permutation&at=2020-01-01');
    expect(result.model).toBe('permutation');
    const broker = result.brokers.find((x) => x.id === v);
    // 6 ordered pairs of {a, b, c}; two of the three other labels are Bandung: Pr(both) = 2·1 / (3·2).
    expect(broker?.expected.coordinator).toBeCloseTo(2, 12);
    expect(broker?.sd.coordinator).toBeCloseTo(0, 9);
    expect(broker?.z.coordinator).toBeNull();
  });

  it('groups by institution membership (firms in none together) and by size class', async () => {
    const byInstitution = await brokerage('?grouping=institution&at=2020-01-01');
    const groupOf = (id: string) =>
      byInstitution.groups.find((g) => g.key === byInstitution.brokers.find((x) => x.id === id)?.group);
    expect(groupOf(v)?.label).toBe('Koperasi Uji Perantara');
    expect(byInstitution.groups.find((g) => g.key === ':none')?.size).toBe(3);
    const bySize = await brokerage('?grouping=size&at=2023-01-01');
    const sizeOfV = bySize.groups.find((g) => g.key === bySize.brokers.find((x) => x.id === v)?.group);
    expect(sizeOfV?.key).toBe('small');
  });

  it('shows researchers pseudonyms for firms, institutions by name', async () => {
    const result = await brokerage('?grouping=institution', await ctx.as('researcher'));
    const broker = result.brokers.find((x) => x.id === v);
    expect(broker?.label).toMatch(/^IKM-[0-9a-f]{8}$/);
    for (const x of result.brokers.filter((y) => y.kind === 'enterprise')) expect(x.label).toMatch(/^IKM-/);
    expect(result.groups.map((g) => g.label)).toContain('Koperasi Uji Perantara');
  });

  it('refuses viewers and an unknown grouping', async () => {
    const refused = await ctx.app.inject({
      url: `/api/centers/${center}/analysis/brokerage`,
      headers: await ctx.as('viewer'),
    });
    expect(refused.statusCode).toBe(403);
    const bad = await ctx.app.inject({ url: `/api/centers/${center}/analysis/brokerage?grouping=colour` });
    expect(bad.statusCode).toBe(400);
  });
});
