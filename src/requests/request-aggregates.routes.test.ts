import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { call, market, openRequest, requestBody } from './requests.test-helpers.ts';

const ctx = useTestApp();

describe('GET /api/requests/aggregates', () => {
  it('gives researchers counts without any firm, suppressing small cells, and officers their scope only', async () => {
    const m = await market(ctx, 3);
    for (let i = 0; i < 3; i += 1) await openRequest(ctx, m);
    const draft = await call(ctx, 'POST', '/api/requests', requestBody(m.poster, m.centerId));
    expect(draft.statusCode).toBe(201);

    const researcher = await ctx.as('researcher');
    const url = `/api/requests/aggregates?centerId=${m.centerId}`;
    const seen = await call(ctx, 'GET', url, undefined, researcher);
    expect(seen.statusCode, seen.body).toBe(200);
    const body = seen.json();
    expect(body.requests).toBe(4);
    // Three open requests show; the one draft is hidden, and with it the next smallest cell (the open ones).
    expect(body.byStatus).toEqual([
      { status: 'draft', count: null },
      { status: 'open', count: null },
    ]);
    expect(body.byProcess).toEqual([{ processCode: 'footwear.lasting', count: 4 }]);
    for (const firm of [m.poster, ...m.makers]) expect(seen.body).not.toContain(firm);

    const csv = await call(
      ctx,
      'GET',
      `/api/requests/aggregates.csv?centerId=${m.centerId}&lang=en`,
      undefined,
      researcher,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('requests,,Requests,4,');
    expect(csv.body).toContain('status,draft,Draft,,');

    // Bandung's officer sees the centre; Jepara's is refused it, and counts nothing of Bandung unfiltered.
    const inside = await ctx.as('regional_officer', { regions: ['32.73'] });
    expect((await call(ctx, 'GET', url, undefined, inside)).json().requests).toBe(4);
    const outside = await ctx.as('regional_officer', { regions: ['33.20'] });
    const refused = await call(ctx, 'GET', `${url}&lang=en`, undefined, outside);
    expect(refused.statusCode).toBe(403);
    const own = await call(ctx, 'GET', '/api/requests/aggregates', undefined, outside);
    expect(own.json().requests).toBeNull();
    expect(own.json().byStatus).toEqual([]);

    expect((await call(ctx, 'GET', url, undefined, m.as[m.poster])).statusCode).toBe(403);
    expect((await call(ctx, 'GET', url, undefined, await ctx.as('viewer'))).statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const response = await call(ctx, 'GET', '/api/requests/aggregates?from=2026-05-01&to=2026-01-01&lang=en');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'querystring.to', message: 'To date must not be before from date.' },
    ]);
  });
});
