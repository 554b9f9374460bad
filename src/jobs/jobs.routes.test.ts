import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { JobError } from './job-error.ts';
import { addJob, failJobs } from './jobs.repo.ts';

const ctx = useTestApp();
const later = () => new Date(Date.now() + 3_600_000);

describe('/api/jobs and the queue in /api/health', () => {
  it('lists jobs with their error in the reader’s language, retries a failed one, cancels a waiting one', async () => {
    const failed = await addJob(ctx.db, 'jobs.cleanup', {}, { runAt: later() });
    await failJobs(ctx.db, [failed], new JobError({ id: 'Galat uji.', en: 'Test error.' }).message);
    const waiting = await addJob(ctx.db, 'jobs.cleanup', {}, { runAt: later(), key: 'uji' });

    const en = (await ctx.app.inject({ url: '/api/jobs?status=failed&lang=en' })).json();
    expect(en).toEqual([expect.objectContaining({ id: failed, state: 'failed', error: 'Test error.' })]);
    const id = (await ctx.app.inject({ url: '/api/jobs?lang=id' })).json();
    expect(id.find((j: { id: string }) => j.id === failed).error).toBe('Galat uji.');

    const retried = await ctx.app.inject({ method: 'POST', url: `/api/jobs/${failed}/retry` });
    expect(retried.json()).toMatchObject({ id: failed, state: 'waiting', attempts: 0, error: 'Galat uji.' });

    const cancelled = await ctx.app.inject({ method: 'POST', url: `/api/jobs/${waiting}/cancel?lang=en` });
    expect(cancelled.json()).toMatchObject({ id: waiting, state: 'failed', error: 'Cancelled by an admin.' });

    const missing = await ctx.app.inject({ method: 'POST', url: '/api/jobs/999999/retry?lang=en' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Job 999999 is not in the queue.');
    expect((await ctx.app.inject({ method: 'POST', url: '/api/jobs/abc/cancel' })).statusCode).toBe(404);
  });

  it('reports the queue in the health answer', async () => {
    await addJob(ctx.db, 'jobs.cleanup', {}, { runAt: new Date(Date.now() - 60_000) });
    const health = (await ctx.app.inject({ url: '/api/health' })).json();
    expect(health.queue.workers).toBe(0);
    expect(health.queue.waiting).toBeGreaterThanOrEqual(1);
    expect(health.queue.oldestWaitingSeconds).toBeGreaterThanOrEqual(59);
    expect(health.queue.failedLastDay).toBeGreaterThanOrEqual(1);
  });
});
