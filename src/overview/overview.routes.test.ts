import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput, buildYearInput } from '../../test/factories.ts';

const ctx = useTestApp();

async function post(url: string, payload: Record<string, unknown>): Promise<{ id: string }> {
  const response = await ctx.app.inject({ method: 'POST', url, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A centre in `village` with members whose latest figures are `years` (null: no figures). */
async function centerWith(village: string, years: (Record<string, unknown> | null)[]): Promise<string> {
  const center = await post('/api/centers', buildCenterInput({ regionCodes: [village], latitude: -6.9 }));
  for (const figures of years) {
    const enterprise = await post('/api/enterprises', buildEnterpriseInput({ regionCode: village }));
    await post('/api/center-memberships', {
      centerId: center.id,
      enterpriseId: enterprise.id,
      validFrom: '2020-01-01',
    });
    if (!figures) continue;
    // An older year that must not be counted: only the latest year is.
    for (const [year, row] of [
      [2022, buildYearInput({ workersMale: 99, productionValue: 1 })],
      [2023, buildYearInput(figures)],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'PUT',
        url: `/api/enterprises/${enterprise.id}/years/${year}`,
        payload: row,
      });
      expect(response.statusCode, response.body).toBeLessThan(300);
    }
  }
  return center.id;
}

describe('overview API', () => {
  it('sums the members’ latest figures per centre, per child region and in total', async () => {
    const bandung = await centerWith('32.73.17.1003', [
      { workersMale: 3, workersFemale: 2, productionValue: 600_000_000 },
      // 25 workers and Rp 2 billion investment: an IM under Permenperin 64/2016.
      { workersMale: 20, workersFemale: 5, investmentExclLandBuilding: 2_000_000_000, productionValue: 10 },
      null,
    ]);
    await centerWith('33.20.01.2001', [{ workersMale: 1, workersFemale: 0, productionValue: 5 }]);

    const province = await ctx.app.inject({ url: '/api/overview?region=32' });
    expect(province.statusCode, province.body).toBe(200);
    const body = province.json();
    expect(body.region.name).toBe('Jawa Barat');
    expect(body.path.map((r: { code: string }) => r.code)).toEqual(['32']);
    expect(body.totals).toEqual({
      centers: 1,
      units: 3,
      workers: 30,
      productionValue: 600_000_010,
      sizeClasses: { IK: 1, IM: 1, IB: 0, unknown: 1 },
    });
    expect(body.children).toEqual([expect.objectContaining({ code: '32.73', centers: 1, units: 3 })]);
    expect(body.centers).toEqual([
      expect.objectContaining({
        id: bandung,
        units: 3,
        workers: 30,
        year: 2023,
        regionCode: '32.73.17.1003',
      }),
    ]);

    const country = (await ctx.app.inject({ url: '/api/overview' })).json();
    expect(country.region).toBeNull();
    expect(country.totals.centers).toBe(2);
    expect(country.children.map((c: { code: string }) => c.code).sort()).toEqual(['32', '33']);

    const district = (await ctx.app.inject({ url: '/api/overview?region=32.73.17' })).json();
    expect(district.path.map((r: { code: string }) => r.code)).toEqual(['32', '32.73', '32.73.17']);
    expect(district.children).toEqual([expect.objectContaining({ code: '32.73.17.1003', units: 3 })]);
  });

  it('answers 404 for an unknown region, 400 for a malformed code and 401 for anonymous callers', async () => {
    expect((await ctx.app.inject({ url: '/api/overview?region=99.99' })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/overview?region=abc' })).statusCode).toBe(400);
    expect((await ctx.app.inject({ url: '/api/overview', headers: ANONYMOUS })).statusCode).toBe(401);
  });
});
