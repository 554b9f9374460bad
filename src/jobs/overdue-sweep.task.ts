import { z } from 'zod';
import { sweepOverdue } from '../notifications/overdue.ts';
import { todayWib } from '../shared/periods.ts';
import { defineTask } from './define.ts';
import { OVERDUE_CHECKS } from './overdue-checks.ts';

/**
 * The nightly "what is overdue" sweep (scheduled in tasks.ts). It runs in the job's transaction: the
 * notices, the notifications and the job's "done" mark commit together, so a crash tells nobody twice.
 */
export const overdueSweepTask = defineTask('overdue.sweep', z.object({}), async (_payload, { db }) => {
  await sweepOverdue(db, OVERDUE_CHECKS, todayWib());
});
