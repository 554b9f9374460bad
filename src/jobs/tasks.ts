import { analysisRefreshTask } from '../networks/analysis/analysis-refresh.task.ts';
import type { ScheduleDefinition, TaskDefinition } from './define.ts';
import { jobsCleanupTask } from './jobs-cleanup.task.ts';

/** Every task the workers run: the one registry (a job of a name not here fails with a clear error). */
export const TASKS: readonly TaskDefinition[] = [analysisRefreshTask, jobsCleanupTask];

/** Every recurring job. */
export const SCHEDULES: readonly ScheduleDefinition[] = [
  // The record of finished jobs is kept for a week (the admin screen shows the recent ones).
  { crontab: '17 3 * * *', taskName: jobsCleanupTask.name, payload: {} },
];
