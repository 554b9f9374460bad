import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { market, openRequest } from '../../requests/requests.test-helpers.ts';
import type { Comparison } from './compare.schema.ts';

const ctx = useTestApp();

async function order(query: string): Promise<string[]> {
  const response = await ctx.app.inject({ url: `/api/analysis/compare?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as Comparison).items.map((i) => i.centerId);
}

describe('GET /api/analysis/compare?sort= over the partnership KPIs', () => {
  it('sorts by the KPI columns both ways, and refuses an unknown column in words', async () => {
    const few = await market(ctx, 1);
    const many = await market(ctx, 1);
    await openRequest(ctx, few);
    for (let i = 0; i < 3; i += 1) await openRequest(ctx, many);
    const centers = `centers=${few.centerId},${many.centerId}`;
    expect(await order(`${centers}&sort=requests:desc`)).toEqual([many.centerId, few.centerId]);
    expect(await order(`${centers}&sort=requests:asc`)).toEqual([few.centerId, many.centerId]);
    // Every KPI column is accepted (nulls, when nothing was sent, go last either way).
    for (const key of ['responseRate', 'conversion', 'medianDaysToAward', 'microShare', 'awardGini']) {
      expect(await order(`${centers}&sort=${key}:desc`)).toHaveLength(2);
    }
    const refused = await ctx.app.inject({
      url: `/api/analysis/compare?${centers}&sort=giniByQuarter:asc&lang=en`,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Sort order must use the name or one of the figure columns');
  });
});
