import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { ErrorBodySchema } from '../shared/error-body.ts';

const ctx = useTestApp();

// The web types its errors with ErrorBody, so every refusal must be exactly that shape.
describe('every refusal travels as ErrorBodySchema', () => {
  it('holds for a 400, a 401 and a 404', async () => {
    const invalid = await ctx.app.inject({ method: 'POST', url: '/api/centers', payload: { name: 1 } });
    const anonymous = await ctx.app.inject({ url: '/api/audit', headers: ANONYMOUS });
    const missing = await ctx.app.inject({ url: `/api/centers/${randomUUID()}` });
    expect([invalid.statusCode, anonymous.statusCode, missing.statusCode]).toEqual([400, 401, 404]);
    for (const response of [invalid, anonymous, missing]) {
      expect(ErrorBodySchema.safeParse(response.json()).error, response.body).toBeUndefined();
    }
    expect(ErrorBodySchema.parse(invalid.json()).error.details.map((d) => d.path)).toContain('name');
  });
});
