import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { jobPolicy } from './jobs.policy.ts';
import { cancelJob, listJobs, retryJob } from './jobs.service.ts';

/** `/api/jobs`: the queue for admins — list, retry, cancel. */
export async function jobRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /jobs', { access: jobPolicy.read, tags: ['jobs'] }, (request) =>
    listJobs(db, request.query),
  );
  route(app, 'POST /jobs/:id/retry', { access: jobPolicy.manage, tags: ['jobs'] }, (request) =>
    retryJob(db, request.params.id),
  );
  route(app, 'POST /jobs/:id/cancel', { access: jobPolicy.manage, tags: ['jobs'] }, (request) =>
    cancelJob(db, request.params.id),
  );
}
