import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { loadDemo } from '../../demo/demo.ts';
import { findJobs } from '../../jobs/jobs.repo.ts';
import { startWorkers, type WorkerProcess } from '../../jobs/runner.ts';
import { findStoredAnalyses } from './analysis.repo.ts';
import { refreshAnalyses } from './analysis.service.ts';

let database: TestDatabase;
let workers: WorkerProcess | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db, { seed: 3 });
}, 120_000);
afterAll(async () => {
  await workers?.stop();
  await database?.drop();
});

const pendingAnalysisJobs = async () =>
  (await findJobs(database.db, { state: 'waiting', limit: 1000 })).filter(
    (j) => j.task === 'analysis.refresh',
  );

describe('recomputing stored analyses on the queue', () => {
  it('adds one job per centre whose ties changed, keyed by the centre, replaced by a burst of edits', async () => {
    const jobs = await pendingAnalysisJobs();
    const centers = await database.db.selectFrom('centers').select('id').execute();
    expect(jobs.map((j) => j.key).sort()).toEqual(centers.map((c) => `analysis:${c.id}`).sort());
    const center = centers[0]?.id as string;
    for (let i = 0; i < 3; i++) {
      await sql`UPDATE interactions SET evidence_notes = ${`edit ${i}`} WHERE id = (
        SELECT id FROM interactions WHERE center_id = ${center} LIMIT 1)`.execute(database.db);
    }
    const keyed = (await pendingAnalysisJobs()).filter((j) => j.key === `analysis:${center}`);
    expect(keyed).toHaveLength(1);
  });

  it('stores, by a worker, the same analysis a read computes', async () => {
    workers = await startWorkers(database.url, { concurrency: 2, pollInterval: 200 });
    const ids = (await database.db.selectFrom('centers').select('id').execute()).map((c) => c.id);
    const end = Date.now() + 60_000;
    while ((await findStoredAnalyses(database.db, ids, null, false)).size < ids.length) {
      if (Date.now() > end) throw new Error('the workers did not store every analysis');
      await sleep(200);
    }
    await until(async () => (await pendingAnalysisJobs()).length === 0);
    const stored = await findStoredAnalyses(database.db, ids, null, true);
    const computed = await refreshAnalyses(database.db, ids, null, { force: true, now: () => new Date(0) });
    for (const id of ids) {
      const { computedAt: _a, ...fromQueue } = stored.get(id)?.analysis ?? { computedAt: '' };
      const { computedAt: _b, ...fromRead } = computed.get(id) ?? { computedAt: '' };
      expect(fromQueue).toEqual(fromRead);
    }
  }, 120_000);
});

async function until(check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(200);
  }
}
