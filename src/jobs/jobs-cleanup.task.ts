import { z } from 'zod';
import { defineTask } from './define.ts';
import { deleteDoneBefore } from './jobs.repo.ts';

/** How long the record of a finished job is kept (the admin screen shows the last day). */
const KEEP_DAYS = 7;

/** Forgets finished jobs older than a week (scheduled nightly in tasks.ts). */
export const jobsCleanupTask = defineTask('jobs.cleanup', z.object({}), async (_payload, { db }) => {
  await deleteDoneBefore(db, KEEP_DAYS);
});
