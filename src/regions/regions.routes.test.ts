import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

describe('regions API', () => {
  it('names several regions in one request by their codes', async () => {
    const response = await ctx.app.inject({ url: '/api/regions?codes=32.73.17.1003,32.73,11' });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page.total).toBe(3);
    expect(page.items.map((r: { code: string; name: string }) => [r.code, r.name])).toEqual([
      ['11', 'Aceh'],
      ['32.73', 'Kota Bandung'],
      ['32.73.17.1003', expect.any(String)],
    ]);
  });

  it('leaves unknown codes out and refuses a malformed one', async () => {
    const page = (await ctx.app.inject({ url: '/api/regions?codes=32.73,99.99' })).json();
    expect(page.items.map((r: { code: string }) => r.code)).toEqual(['32.73']);
    expect((await ctx.app.inject({ url: '/api/regions?codes=32.73,abc' })).statusCode).toBe(400);
  });
});
