import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput, buildYearInput } from '../../test/factories.ts';

const ctx = useTestApp();

async function createEnterprise(): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: buildEnterpriseInput(),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

function put(id: string, year: number | string, payload: Record<string, unknown>, lang = '') {
  return ctx.app.inject({ method: 'PUT', url: `/api/enterprises/${id}/years/${year}${lang}`, payload });
}

describe('yearly panel', () => {
  it('keeps different sources for the same year side by side and replaces only the same source', async () => {
    const id = await createEnterprise();
    const first = await put(id, 2022, buildYearInput({ workersMale: 3 }));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      year: 2022,
      source: 'dinas_census',
      workersMale: 3,
      annualSales: 600_000_000,
    });
    const siinas = await put(
      id,
      2022,
      buildYearInput({ source: 'siinas', vintage: 'SIINas 2022', workersMale: 7 }),
    );
    expect(siinas.statusCode).toBe(201);
    // PUT replaces the whole row of its source: omitted figures become empty.
    const replaced = await put(id, 2022, {
      source: 'dinas_census',
      vintage: 'Pendataan ulang 2022',
      workersMale: 4,
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({
      vintage: 'Pendataan ulang 2022',
      workersMale: 4,
      annualSales: null,
    });
    await put(id, 2019, buildYearInput({ source: 'bps', vintage: 'Sensus 2019' }));
    const rows = (await ctx.app.inject({ url: `/api/enterprises/${id}/years` })).json();
    expect(
      rows.map((r: { year: number; source: string; workersMale: number }) => [
        r.year,
        r.source,
        r.workersMale,
      ]),
    ).toEqual([
      [2019, 'bps', 3],
      [2022, 'dinas_census', 4],
      [2022, 'siinas', 7],
    ]);
  });

  it('shows the latest year, every source, with size classes on the enterprise', async () => {
    const id = await createEnterprise();
    await put(id, 2020, buildYearInput({ workersMale: 40 }));
    await put(
      id,
      2023,
      buildYearInput({ workersMale: 12, workersFemale: 8, investmentExclLandBuilding: 16_000_000_000 }),
    );
    await put(
      id,
      2023,
      buildYearInput({ source: 'self_report', workersMale: 1, workersFemale: 0, annualSales: null }),
    );
    const detail = (await ctx.app.inject({ url: `/api/enterprises/${id}` })).json();
    expect(detail.latestYear.map((r: { year: number; source: string }) => `${r.year} ${r.source}`)).toEqual([
      '2023 dinas_census',
      '2023 self_report',
    ]);
    const [census, self] = detail.sizeClasses;
    expect(census.classes.map((c: { regime: string; class: string }) => [c.regime, c.class])).toEqual([
      ['permenperin_64_2016', 'IB'],
      ['pp_7_2021', 'micro'],
      ['bps_workers', 'medium'],
    ]);
    expect(self.classes[2]).toMatchObject({ regime: 'bps_workers', class: 'micro' });
  });

  it('serves the size classes of a chosen year, with UU 20/2008 before 2021, in English when asked', async () => {
    const id = await createEnterprise();
    await put(id, 2019, buildYearInput({ annualSales: null, businessCapital: 60_000_000 }));
    await put(id, 2024, buildYearInput());
    const latest = (await ctx.app.inject({ url: `/api/enterprises/${id}/size-classes` })).json();
    expect(latest.map((r: { year: number }) => r.year)).toEqual([2024]);
    const response = await ctx.app.inject({ url: `/api/enterprises/${id}/size-classes?year=2019&lang=en` });
    expect(response.statusCode).toBe(200);
    const [report] = response.json();
    expect(report).toMatchObject({ year: 2019, source: 'dinas_census', vintage: 'Pendataan IKM 2023' });
    const uu20 = report.classes.find((c: { regime: string }) => c.regime === 'uu_20_2008');
    expect(uu20).toMatchObject({ class: 'small', criterion: 'business_capital', basis: 'UU 20/2008 Art. 6' });
    expect(uu20.rule).toContain('Net assets (business capital used as a proxy)');
    const none = (await ctx.app.inject({ url: `/api/enterprises/${id}/size-classes?year=2001` })).json();
    expect(none).toEqual([]);
  });

  it('deletes one source of a year and leaves the others', async () => {
    const id = await createEnterprise();
    await put(id, 2021, buildYearInput());
    await put(id, 2021, buildYearInput({ source: 'siinas' }));
    const noSource = await ctx.app.inject({ method: 'DELETE', url: `/api/enterprises/${id}/years/2021` });
    expect(noSource.statusCode).toBe(400);
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/enterprises/${id}/years/2021?source=siinas`,
    });
    expect(deleted.statusCode).toBe(204);
    const rows = (await ctx.app.inject({ url: `/api/enterprises/${id}/years` })).json();
    expect(rows.map((r: { source: string }) => r.source)).toEqual(['dinas_census']);
    const again = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/enterprises/${id}/years/2021?source=siinas&lang=en`,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe('This enterprise has no 2021 figures from source siinas.');
  });

  it('refuses negative or fractional rupiah, unknown fields, future years and unknown enterprises', async () => {
    const id = await createEnterprise();
    const bad = await put(
      id,
      2022,
      buildYearInput({ annualSales: -1, productionValue: 1.5, tkl: 3 } as never),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['annualSales', 'productionValue', 'tkl']);
    expect((await put(id, 'tahun-lalu', buildYearInput())).statusCode).toBe(400);
    const future = await put(id, new Date().getFullYear() + 1, buildYearInput(), '?lang=en');
    expect(future.statusCode).toBe(422);
    expect(future.json().error.details[0].path).toBe('params.year');
    const unknown = await put('00000000-0000-4000-8000-000000000000', 2022, buildYearInput());
    expect(unknown.statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/enterprises/nope/years' })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/enterprises/nope/size-classes' })).statusCode).toBe(404);
  });
});

describe('API documentation', () => {
  it('documents the enterprise, yearly-panel, size-class and people routes', async () => {
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/api/enterprises/{id}',
        '/api/enterprises/{id}/years/{year}',
        '/api/enterprises/{id}/size-classes',
        '/api/people/{id}/archive',
      ]),
    );
  });
});
