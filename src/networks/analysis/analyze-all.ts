import type { Db } from '../../db/database.ts';
import { liveCenterIds, storeAnalyses } from './analysis.repo.ts';
import { computePrepared, type PreparedRefresh, prepareRefresh } from './analysis.service.ts';
import { DEFAULT_BATCH_SIZE } from './batch-size.ts';

/** Options of `analyzeCenters`. */
export interface AnalyzeAllOptions {
  /** Date of the networks; null: every tie ever recorded. */
  at: string | null;
  /** Recompute results that are still current. */
  force?: boolean;
  /** Centres loaded and stored per round trip; default 500. */
  batchSize?: number;
  /** Called after every batch is stored, with the centres done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Stores a current full-visibility analysis for every listed centre (all centres not archived when
 * `centerIds` is omitted), batch by batch: each batch's networks are loaded in a few set-based queries
 * and its results written in one statement. The batches flow through a pipeline — while one batch is
 * analysed on this thread, the next one loads and the previous one is written by PostgreSQL — so the
 * database and the analysis work at the same time.
 */
export async function analyzeCenters(
  db: Db,
  options: AnalyzeAllOptions,
  centerIds?: readonly string[],
): Promise<{ total: number }> {
  const ids = centerIds ?? (await liveCenterIds(db));
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += size) batches.push(ids.slice(start, start + size));
  const prepare = (batch: string[] | undefined): Promise<PreparedRefresh> | null => {
    if (!batch) return null;
    const loading = prepareRefresh(db, batch, options.at, { force: options.force, returnResults: false });
    // Awaited in the next round; this keeps an early failure from counting as unhandled meanwhile.
    loading.catch(() => {});
    return loading;
  };
  options.onProgress?.(0, ids.length);
  let next = prepare(batches[0]);
  let writing: Promise<void> = Promise.resolve();
  let done = 0;
  for (const [i, batch] of batches.entries()) {
    const prepared = await (next as Promise<PreparedRefresh>);
    next = prepare(batches[i + 1]);
    const fresh = computePrepared(prepared);
    await writing;
    done += batch.length;
    const reported = done;
    writing = storeAnalyses(db, fresh).then(() => options.onProgress?.(reported, ids.length));
  }
  await writing;
  return { total: ids.length };
}
