import { type Db, inTransaction } from '../../db/database.ts';
import { enqueueMany } from '../../jobs/enqueue.ts';
import { queueHealth } from '../../jobs/jobs.service.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { liveCenterIds } from './analysis.repo.ts';
import {
  type AnalysisRunRow,
  closeRun,
  findOpenRunId,
  findRecentRuns,
  findRun,
  insertRun,
  RUN_KEY_PREFIX,
} from './analysis-runs.repo.ts';
import type { AnalysisRun } from './analysis-runs.schema.ts';
import { defaultChunkSize } from './batch-size.ts';

/** Runs of a chunk before it stays failed (a crash of its worker counts as one). */
export const CHUNK_ATTEMPTS = 3;
/** The task that analyses one chunk of a run. */
export const CHUNK_TASK = 'analysis.run-chunk';

const M = {
  notFound: { id: 'Proses analisis {id} tidak ada.', en: 'Analysis run {id} does not exist.' },
};

/** How a run is started. */
export interface StartRunOptions {
  at: string | null;
  force: boolean;
  /** Centres per job; default `defaultChunkSize`. */
  chunkSize?: number;
}

/** A stored run as the API, the CLI and the admin page show it, with its rate and ETA. */
function rowToRun(row: AnalysisRunRow, workers: number, now: Date = new Date()): AnalysisRun {
  const finished = row.finished_at !== null || row.pending === 0;
  const end = row.finished_at ?? now;
  const seconds = (end.getTime() - row.started_at.getTime()) / 1000;
  const rate = row.done > 0 && seconds > 0 ? row.done / seconds : null;
  const left = row.total - row.done - row.failed_center_ids.length;
  return {
    id: row.id,
    at: row.at,
    force: row.force,
    state: finished ? 'finished' : 'running',
    total: row.total,
    done: row.done,
    failed: row.failed_center_ids.length,
    failedCenterIds: row.failed_center_ids.slice(0, 100),
    chunks: row.chunks,
    centersPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    etaSeconds: finished || rate === null ? null : Math.max(0, Math.round(left / rate)),
    workers,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** The run `id` (404 when there is none). */
export async function analysisRun(db: Db, id: string): Promise<AnalysisRun> {
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await findRun(db, id) : undefined;
  if (!row) throw new AppError('not_found', tr(M.notFound, { id }));
  return rowToRun(row, (await queueHealth(db)).workers);
}

/** The most recent runs, newest first (the admin page shows the first). */
export async function recentAnalysisRuns(db: Db, limit = 10): Promise<AnalysisRun[]> {
  const [rows, stats] = await Promise.all([findRecentRuns(db, limit), queueHealth(db)]);
  return rows.map((row) => rowToRun(row, stats.workers));
}

/**
 * Hands every centre not archived to the workers, `chunkSize` centres per job (keyed by run and chunk),
 * and returns the run. While a run is open and has chunks left, it is returned instead (`joined`): a
 * second `analyze --all` follows the first rather than queueing every centre again. A run left open with
 * nothing pending (its last chunks failed) is closed first.
 */
export async function startAnalysisRun(
  db: Db,
  options: StartRunOptions,
): Promise<{ run: AnalysisRun; joined: boolean }> {
  const { id, joined } = await inTransaction(db, async (trx) => {
    const openId = await findOpenRunId(trx);
    if (openId) {
      const open = await findRun(trx, openId);
      if (open && open.pending > 0) return { id: openId, joined: true };
      await closeRun(trx, openId);
    }
    const ids = await liveCenterIds(trx);
    const size = Math.max(1, options.chunkSize ?? defaultChunkSize(ids.length));
    const chunks: string[][] = [];
    for (let start = 0; start < ids.length; start += size) chunks.push(ids.slice(start, start + size));
    const runId = await insertRun(trx, { ...options, total: ids.length, chunks: chunks.length });
    // Another start committed its run while this one waited on the unique index: join that one.
    if (!runId) return { id: (await findOpenRunId(trx)) as string, joined: true };
    const jobs = chunks.map((centerIds, i) => ({
      payload: { runId, centerIds },
      key: `${RUN_KEY_PREFIX}${runId}:${i}`,
    }));
    await enqueueMany(trx, CHUNK_TASK, jobs, CHUNK_ATTEMPTS);
    if (ids.length === 0) await closeRun(trx, runId);
    return { id: runId, joined: false };
  });
  return { run: await analysisRun(db, id), joined };
}
