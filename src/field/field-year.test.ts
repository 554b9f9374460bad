import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildYearInput } from '../../test/factories.ts';
import { change, fieldWorld, sync } from './field.test-helpers.ts';

const ctx = useTestApp();

describe('field yearly figures (yearData.upsert)', () => {
  it('writes the figures typed on the phone over the stored row and keeps the ones it left out', async () => {
    const world = await fieldWorld(ctx, 1);
    const firm = world.members[0] ?? '';
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/enterprises/${firm}/years/2025`,
      payload: buildYearInput({ businessCapital: 90_000_000 }),
    });
    expect(put.statusCode, put.body).toBeLessThan(300);

    const response = await sync(ctx, [
      change('yearData.upsert', world.centerId, {
        enterprise: { id: firm },
        year: 2025,
        figures: {
          source: 'dinas_census',
          vintage: 'Pendataan IKM 2023',
          workersMale: 7,
          annualSales: 750_000_000,
          productionUnit: null,
        },
      }),
    ]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().results[0]).toMatchObject({ status: 'applied', recordId: firm });

    const years = (await ctx.app.inject({ url: `/api/enterprises/${firm}/years` })).json();
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({
      year: 2025,
      workersMale: 7,
      annualSales: 750_000_000,
      // Left out on the phone: the stored values stay.
      workersFemale: 2,
      businessCapital: 90_000_000,
      productionValue: 600_000_000,
      // Sent as null: emptied on purpose.
      productionUnit: null,
    });
  });

  it('makes a new row from the phone’s figures alone when the year has none, other sources untouched', async () => {
    const world = await fieldWorld(ctx, 1);
    const firm = world.members[0] ?? '';
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/enterprises/${firm}/years/2024`,
      payload: buildYearInput({ source: 'self_report', vintage: 'Isian IKM' }),
    });
    const response = await sync(ctx, [
      change('yearData.upsert', world.centerId, {
        enterprise: { id: firm },
        year: 2024,
        figures: { source: 'dinas_census', vintage: '2024', workersFemale: 4 },
      }),
    ]);
    expect(response.json().results[0].status).toBe('applied');
    const years = (await ctx.app.inject({ url: `/api/enterprises/${firm}/years` })).json();
    const census = years.find((y: { source: string }) => y.source === 'dinas_census');
    const self = years.find((y: { source: string }) => y.source === 'self_report');
    expect(census).toMatchObject({ workersFemale: 4, workersMale: null, annualSales: null });
    expect(self).toMatchObject({ workersMale: 3, annualSales: 600_000_000 });
  });
});
