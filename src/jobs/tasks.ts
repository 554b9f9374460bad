import { analysisRefreshTask } from '../networks/analysis/analysis-refresh.task.ts';
import { defineSchedule, type ScheduleDefinition, type TaskDefinition } from './define.ts';
import { jobsCleanupTask } from './jobs-cleanup.task.ts';

/** Every task the workers run: the one registry (a job of a name not here fails with a clear error). */
export const TASKS: readonly TaskDefinition[] = [analysisRefreshTask, jobsCleanupTask];

/** Every recurring job. */
export const SCHEDULES: readonly ScheduleDefinition[] = [
  // The record of finished jobs is kept for a week (the admin screen shows the recent ones).
  defineSchedule('17 3 * * *', jobsCleanupTask.name),
];
