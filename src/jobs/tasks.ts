import { regionExportExpiryTask, regionExportTask } from '../io/region-exports/region-export.task.ts';
import { importRunTask } from '../io/runs/import-run.task.ts';
import { analysisRefreshTask } from '../networks/analysis/analysis-refresh.task.ts';
import { analysisRunChunkTask } from '../networks/analysis/analysis-run-chunk.task.ts';
import { NOTIFICATION_CRONTAB, NOTIFICATION_JOBS } from '../notifications/jobs.ts';
import { researchWithdrawalTask } from '../research/withdrawal.task.ts';
import { defineSchedule, defineTask, type ScheduleDefinition, type TaskDefinition } from './define.ts';
import { jobsCleanupTask } from './jobs-cleanup.task.ts';
import { overdueSweepTask } from './overdue-sweep.task.ts';

/**
 * The notifications' jobs as tasks. They run their own transactions: a message's lease commits before the
 * mail leaves, which bounds how often a crash can resend it (design-choices.md, notifications).
 */
const notificationTasks = NOTIFICATION_JOBS.map((job) =>
  defineTask(
    job.name,
    job.payload,
    async (payload, { db }) => {
      await (job.run as (p: unknown, deps: { db: typeof db }) => Promise<unknown>)(payload, { db });
    },
    { ownTransactions: true },
  ),
);

/** Every task the workers run: the one registry (a job of a name not here fails with a clear error). */
export const TASKS: readonly TaskDefinition[] = [
  analysisRefreshTask,
  analysisRunChunkTask,
  jobsCleanupTask,
  ...notificationTasks,
  importRunTask,
  regionExportTask,
  regionExportExpiryTask,
  overdueSweepTask,
  researchWithdrawalTask,
];

/** Every recurring job. */
export const SCHEDULES: readonly ScheduleDefinition[] = [
  // The record of finished jobs is kept for a week (the admin screen shows the recent ones).
  defineSchedule('17 3 * * *', jobsCleanupTask.name),
  // What became overdue, told each morning before office hours (the worker's time zone).
  defineSchedule('0 6 * * *', overdueSweepTask.name),
  // A region export's file is kept a week.
  defineSchedule('27 3 * * *', regionExportExpiryTask.name),
  ...NOTIFICATION_CRONTAB.map((entry) => defineSchedule(entry.cron, entry.job, entry.payload)),
];
