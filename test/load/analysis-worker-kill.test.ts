import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNational } from '../../src/demo/national/national.ts';
import { analysisRun, startAnalysisRun } from '../../src/networks/analysis/analysis-runs.service.ts';
import { createTestDatabase, type TestDatabase } from '../database.ts';
import { BIN } from '../e2e/serve-process.ts';

// Short form of #22's worker fault (the long form is `npm run bench:national-workers`): a national recompute
// on a small synthetic set, two `simpul worker` processes, one killed with SIGKILL while it holds a chunk.
// The run completes on the other, every centre stored once and every chunk counted once.

let database: TestDatabase;
let centres = 0;
const children: ChildProcess[] = [];
const { DATABASE_URL: _, ...withoutDatabaseUrl } = process.env;

beforeAll(async () => {
  database = await createTestDatabase();
  // The smallest national set (138 centres); its load queues one analysis refresh per centre, as the
  // triggers would. Those are taken off the queue: the run's chunks are what this test follows.
  centres = (await loadNational(database.db, { scale: 0.01, seed: 22 })).centers;
  await sql`SELECT count(graphile_worker.remove_job('analysis:' || id)) FROM centers`.execute(database.db);
}, 120_000);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

function worker(): Promise<ChildProcess> {
  const child = spawn(BIN, ['worker', '--concurrency', '1', '--lang', 'en'], {
    env: { ...withoutDatabaseUrl, DATABASE_URL: database.url, SIMPUL_SHUTDOWN_GRACE_SECONDS: '5' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let said = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${said}`)), 90_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Job workers running')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

/** True while the worker process `pid` holds a locked chunk job. */
async function holdsJob(pid: number): Promise<boolean> {
  const { rows } = await sql`
    SELECT 1 FROM graphile_worker._private_jobs j JOIN job_workers w ON j.locked_by = ANY(w.worker_ids)
    WHERE w.id LIKE ${`simpul-worker-${pid}-%`}`.execute(database.db);
  return rows.length > 0;
}

async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(50);
  }
}

describe('analyze --all on two workers, one killed (-9) mid-run', () => {
  it('completes the run on the other worker with every centre analysed and counted once', async () => {
    const [victim, survivor] = await Promise.all([worker(), worker()]);
    const { run } = await startAnalysisRun(database.db, { at: null, force: true, chunkSize: 7 });
    expect(run.total).toBe(centres);
    await until(() => holdsJob(victim.pid as number), 60_000, 'the victim takes a chunk');
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim.once('exit', resolve));
    // The survivor's heartbeat releases the dead worker's chunk (a few seconds), then runs it again.
    let end = run;
    await until(
      async () => {
        end = await analysisRun(database.db, run.id);
        return end.state === 'finished';
      },
      120_000,
      'the run finishes',
    );
    expect(end).toMatchObject({ done: centres, failed: 0, total: centres });
    const stored = await sql<{ n: number; centres: number }>`
      SELECT count(*)::int AS n, count(DISTINCT center_id)::int AS centres FROM center_analyses`.execute(
      database.db,
    );
    expect(stored.rows[0]).toEqual({ n: centres, centres });
    const chunks = await sql<{ n: number; retried: number }>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE attempts > 1)::int AS retried FROM jobs_done
      WHERE key LIKE ${`analysis-run:${run.id}:%`}`.execute(database.db);
    // Each chunk's "done" mark exists once; the victim's chunk was run again (a second attempt).
    expect(chunks.rows[0]?.n).toBe(run.chunks);
    expect(chunks.rows[0]?.retried).toBeGreaterThanOrEqual(1);
    survivor.kill('SIGTERM');
  }, 240_000);
});
