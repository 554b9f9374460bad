import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { withActor } from '../auth/actor.ts';
import { loadUserActor } from '../auth/auth.plugin.ts';
import { createUser } from '../auth/users.service.ts';
import { enqueue } from './enqueue.ts';
import { addJob } from './jobs.repo.ts';
import { startWorkers, type WorkerProcess } from './runner.ts';

const ctx = useTestApp();
let workers: WorkerProcess | undefined;
afterAll(async () => {
  await workers?.stop();
});

const later = () => new Date(Date.now() + 3_600_000);

/** The job's audit entries as the admin reads them through the API, oldest first. */
async function steps(jobId: string, lang: 'id' | 'en' = 'en') {
  const page = (
    await ctx.app.inject({ url: `/api/audit?entityType=job&entityId=${jobId}&lang=${lang}` })
  ).json();
  return [...page.items].reverse() as {
    actorUserId: string | null;
    actorLabel: string;
    action: string;
    after: Record<string, unknown>;
  }[];
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(100);
  }
}

describe('jobs in the audit trail', () => {
  it('names the user who enqueued a job, and records it done (by the system) once a worker ran it', async () => {
    const user = await createUser(ctx.db, {
      email: 'pengantre@uji.example',
      displayName: 'Pengantre',
      role: 'regional_officer',
      scopes: { regions: ['32'], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const actor = await loadUserActor(ctx.db, user.id, { via: 'session', readOnly: false });
    const id = await withActor(actor, () => enqueue(ctx.db, 'jobs.cleanup', {}));
    workers ??= await startWorkers(ctx.url, { concurrency: 1, pollInterval: 100 });
    await until(async () => (await steps(id)).length === 2);
    const [queued, done] = await steps(id);
    expect(queued).toMatchObject({
      action: 'insert',
      actorUserId: user.id,
      actorLabel: 'pengantre@uji.example',
      after: { event: 'queued', task: 'jobs.cleanup' },
    });
    expect(done).toMatchObject({ actorLabel: 'system', after: { event: 'done', task: 'jobs.cleanup' } });
  });

  it('records a job that fails for good, with its error in the reader’s language, once (not each attempt)', async () => {
    const id = await addJob(ctx.db, 'analysis.refresh', { centerId: 'bukan-uuid' }, {});
    workers ??= await startWorkers(ctx.url, { concurrency: 1, pollInterval: 100 });
    await until(async () => (await steps(id)).some((s) => s.after.event === 'failed'));
    const failed = (await steps(id)).filter((s) => s.after.event === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.after.error).toMatch(/analysis\.refresh.*not valid/);
    expect((await steps(id, 'id')).find((s) => s.after.event === 'failed')?.after.error).toMatch(
      /tidak sesuai/,
    );
    await workers?.stop();
    workers = undefined;
  });

  it('names the admin who retried or cancelled a job', async () => {
    const adminHeaders = await ctx.as('admin');
    const me = (await ctx.app.inject({ url: '/api/auth/me', headers: adminHeaders })).json();
    const adminId: string = me.user.id;
    const id = await addJob(ctx.db, 'jobs.cleanup', {}, { runAt: later() });
    expect(
      (await ctx.app.inject({ method: 'POST', url: `/api/jobs/${id}/cancel`, headers: adminHeaders }))
        .statusCode,
    ).toBe(200);
    expect(
      (await ctx.app.inject({ method: 'POST', url: `/api/jobs/${id}/retry`, headers: adminHeaders }))
        .statusCode,
    ).toBe(200);
    const trail = await steps(id);
    expect(trail.map((s) => s.after.event)).toEqual(['queued', 'cancelled', 'retried']);
    expect(trail[1]).toMatchObject({ actorUserId: adminId, action: 'update' });
    expect(trail[2]).toMatchObject({ actorUserId: adminId, action: 'update' });
  });

  it('names the officer whose tie edit queued the centre’s analysis refresh', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const me = (await ctx.app.inject({ url: '/api/auth/me', headers: officer })).json();
    const post = async (url: string, payload: Record<string, unknown>) => {
      const response = await ctx.app.inject({ method: 'POST', url, payload, headers: officer });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string };
    };
    const center = await post('/api/centers', buildCenterInput());
    const enterprise = await post('/api/enterprises', buildEnterpriseInput());
    await post('/api/center-memberships', {
      centerId: center.id,
      enterpriseId: enterprise.id,
      validFrom: '2020-01-01',
    });
    const page = (await ctx.app.inject({ url: '/api/audit?entityType=job&limit=1000' })).json();
    const refresh = page.items.filter(
      (e: { after: { task?: string; key?: string } }) =>
        e.after.task === 'analysis.refresh' && e.after.key === `analysis:${center.id}`,
    );
    expect(refresh).toEqual([
      expect.objectContaining({
        actorUserId: me.user.id,
        after: expect.objectContaining({ event: 'queued' }),
      }),
    ]);
  });

  it('leaves the jobs of the recurring schedules out of the trail', async () => {
    const id = await addJob(
      ctx.db,
      'jobs.cleanup',
      { _cron: { ts: '2026-01-01T00:00:00Z' } },
      {
        runAt: later(),
      },
    );
    expect(await steps(id)).toEqual([]);
  });

  it('shows job entries to admins only', async () => {
    const id = await addJob(ctx.db, 'jobs.cleanup', {}, { runAt: later() });
    expect((await steps(id)).length).toBe(1);
    const officer = await ctx.as('regional_officer', { regions: ['32'] });
    const seen = await ctx.app.inject({ url: '/api/audit?entityType=job', headers: officer });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().total).toBe(0);
    const all = await ctx.app.inject({ url: '/api/audit?limit=1000', headers: officer });
    expect(all.json().items.some((e: { entityType: string }) => e.entityType === 'job')).toBe(false);
  });
});
