import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { loadDemo } from '../../demo/demo.ts';
import { startWorkers, type WorkerProcess } from '../../jobs/runner.ts';
import type { AnalysisRun } from './analysis-runs.schema.ts';
import { analysisRun, recentAnalysisRuns, startAnalysisRun } from './analysis-runs.service.ts';
import { analyzeCenters } from './analyze-all.ts';

// A national recompute on the queue stores exactly what the in-process path stores, counts every centre
// once, and a second start joins the open run.

let database: TestDatabase;
let workers: WorkerProcess | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db, { seed: 5 });
}, 120_000);
afterAll(async () => {
  await workers?.stop(2_000);
  await database?.drop();
});

/** Every stored analysis but its timestamp, by centre and date. */
async function storedAnalyses(): Promise<Map<string, unknown>> {
  const { rows } = await sql<{
    key: string;
    result: unknown;
    network_version: string;
    analysis_version: number;
  }>`
    SELECT center_id || '@' || coalesce(at::text, '-') AS key, result, network_version, analysis_version
    FROM center_analyses`.execute(database.db);
  return new Map(rows.map((r) => [r.key, { ...r, key: undefined }]));
}

async function untilFinished(id: string): Promise<AnalysisRun> {
  for (let i = 0; i < 600; i++) {
    const run = await analysisRun(database.db, id);
    if (run.state === 'finished') return run;
    await sleep(100);
  }
  throw new Error(`run ${id} did not finish`);
}

describe('analysis runs on the job queue', () => {
  it('stores the same analyses as the single-process path, every centre counted once', async () => {
    await analyzeCenters(database.db, { at: null, force: true, batchSize: 4 });
    const local = await storedAnalyses();
    expect(local.size).toBeGreaterThan(10);
    await sql`DELETE FROM center_analyses`.execute(database.db);

    const { run, joined } = await startAnalysisRun(database.db, { at: null, force: true, chunkSize: 3 });
    expect(joined).toBe(false);
    expect(run).toMatchObject({
      state: 'running',
      total: local.size,
      done: 0,
      chunks: Math.ceil(local.size / 3),
    });
    expect(run.workers).toBe(0);
    // A second start while chunks wait joins the run rather than queueing every centre again.
    const again = await startAnalysisRun(database.db, { at: null, force: true, chunkSize: 3 });
    expect(again).toMatchObject({ joined: true, run: { id: run.id } });

    workers = await startWorkers(database.url, { concurrency: 2, pollInterval: 100 });
    const end = await untilFinished(run.id);
    expect(end).toMatchObject({ done: local.size, failed: 0, etaSeconds: null });
    expect(end.finishedAt).not.toBeNull();
    expect(end.centersPerSecond).toBeGreaterThan(0);
    expect(await storedAnalyses()).toEqual(local);

    // Finished: the next start is a new run.
    const next = await startAnalysisRun(database.db, { at: '2023-01-01', force: false, chunkSize: 100 });
    expect(next.joined).toBe(false);
    expect(next.run.id).not.toBe(run.id);
    expect(await untilFinished(next.run.id)).toMatchObject({ done: local.size, at: '2023-01-01' });
    const recent = await recentAnalysisRuns(database.db);
    expect(recent.map((r) => r.id)).toEqual([next.run.id, run.id]);
  }, 240_000);

  it('answers 404 for an unknown run', async () => {
    await expect(analysisRun(database.db, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(analysisRun(database.db, 'nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});
