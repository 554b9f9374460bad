import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { buildCenterInput } from '../../../test/factories.ts';

const ctx = useTestApp();

describe('/api/jobs/analysis-runs', () => {
  it('starts a run of every centre, joins it when started again, lists it; a bad body is refused by label', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      payload: buildCenterInput(),
    });
    expect(created.statusCode).toBe(201);
    expect((await ctx.app.inject({ url: '/api/jobs/analysis-runs' })).json()).toEqual([]);
    const first = await ctx.app.inject({ method: 'POST', url: '/api/jobs/analysis-runs', payload: {} });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ joined: false, run: { state: 'running', done: 0, workers: 0 } });
    const total = first.json().run.total;
    expect(total).toBeGreaterThanOrEqual(1);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/jobs/analysis-runs',
      payload: { force: true },
    });
    expect(again.json()).toMatchObject({ joined: true, run: { id: first.json().run.id } });
    const list = (await ctx.app.inject({ url: '/api/jobs/analysis-runs' })).json();
    expect(list).toEqual([expect.objectContaining({ id: first.json().run.id, total, etaSeconds: null })]);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/jobs/analysis-runs?lang=en',
      payload: { force: 'yes' },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('Recompute current results');
  });
});
