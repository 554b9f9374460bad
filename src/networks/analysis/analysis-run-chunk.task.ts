import { z } from 'zod';
import { defineTask } from '../../jobs/define.ts';
import { storeAnalyses } from './analysis.repo.ts';
import { computePrepared, prepareRefresh } from './analysis.service.ts';
import { addDone, existingCenterIds, findRunOptions } from './analysis-runs.repo.ts';

/**
 * Analyses one chunk of an analysis run (`simpul analyze --all` on the queue) exactly as the in-process
 * path does a batch — `prepareRefresh` (set-based loading), `computePrepared`, `storeAnalyses` — and
 * counts the chunk done, all in the job's transaction: a worker killed mid-chunk leaves nothing stored
 * and nothing counted, and the chunk runs again on another worker.
 */
export const analysisRunChunkTask = defineTask(
  'analysis.run-chunk',
  z.object({ runId: z.uuid(), centerIds: z.array(z.uuid()).min(1).max(5000) }).strict(),
  async ({ runId, centerIds }, { db }) => {
    const run = await findRunOptions(db, runId);
    if (!run) return;
    const ids = await existingCenterIds(db, centerIds);
    const prepared = await prepareRefresh(db, ids, run.at, { force: run.force, returnResults: false });
    await storeAnalyses(db, computePrepared(prepared));
    await addDone(db, runId, centerIds.length);
  },
);
