import { z } from 'zod';
import { defineTask } from '../../jobs/define.ts';
import { refreshAnalyses } from './analysis.service.ts';
import { centerExists } from './analysis-refresh.repo.ts';

/**
 * Recomputes a centre's stored analysis (every tie ever, as `simpul analyze` stores it) after its network
 * changed. Added by the network-version trigger (migration 0010) with the key `analysis:<centre>`, so a
 * burst of edits recomputes once. The same `refreshAnalyses` as a read: the stored result is identical,
 * and a read that comes before the job still recomputes on the spot. A centre deleted meanwhile has
 * nothing left to analyse: the job ends without work.
 */
export const analysisRefreshTask = defineTask(
  'analysis.refresh',
  z.object({ centerId: z.uuid() }),
  async ({ centerId }, { db }) => {
    if (!(await centerExists(db, centerId))) return;
    await refreshAnalyses(db, [centerId], null, { returnResults: false });
  },
);
