import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';

const ctx = useTestApp({ rateLimitPerMinute: 5 });
const generous = useTestApp({ loginRateLimitPerMinute: 10 });

describe('rate limiting', () => {
  it('answers 429 with the usual error body once a client exceeds its budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await ctx.app.inject({ url: '/api/health', headers: ANONYMOUS })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await ctx.app.inject({ url: '/api/health', headers: ANONYMOUS });
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('limits sign-in attempts per client more strictly than the rest of the API', async () => {
    const statuses: number[] = [];
    const waits: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await generous.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: ANONYMOUS,
        payload: { email: 'siapa@uji.example', password: 'apa-saja-1234' },
      });
      statuses.push(response.statusCode);
      waits.push(response.headers['retry-after'] as string | undefined);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Seconds until the window resets: a whole number from 1 to 60.
    for (const wait of waits.slice(10)) expect(Number(wait)).toBeGreaterThanOrEqual(1);
    for (const wait of waits.slice(10)) expect(Number(wait)).toBeLessThanOrEqual(60);
  });
});
