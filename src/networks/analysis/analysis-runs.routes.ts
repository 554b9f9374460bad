import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { jobPolicy } from '../../jobs/jobs.policy.ts';
import { recentAnalysisRuns, startAnalysisRun } from './analysis-runs.service.ts';

/** `/api/jobs/analysis-runs`: the national recompute on the queue for admins — its progress, and a start. */
export async function analysisRunRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /jobs/analysis-runs', { access: jobPolicy.read, tags: ['jobs'] }, () =>
    recentAnalysisRuns(db),
  );
  route(app, 'POST /jobs/analysis-runs', { access: jobPolicy.manage, tags: ['jobs'] }, (request) =>
    startAnalysisRun(db, { at: null, force: request.body.force }),
  );
}
