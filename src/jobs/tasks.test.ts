import { parseCronItems } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_CRONTAB, NOTIFICATION_JOBS } from '../notifications/jobs.ts';
import { defineSchedule } from './define.ts';
import { SCHEDULES, TASKS } from './tasks.ts';

describe('the task registry', () => {
  it('names each task once, and schedules only tasks it lists, at times graphile-worker reads', () => {
    const names = TASKS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of SCHEDULES) expect(names).toContain(s.taskName);
    const parsed = parseCronItems(
      SCHEDULES.map((s) => ({ task: s.taskName, match: s.crontab, identifier: s.taskName })),
    );
    expect(parsed).toHaveLength(SCHEDULES.length);
  });

  it('runs the notifications’ jobs in their own transactions, on their suggested schedule', () => {
    for (const job of NOTIFICATION_JOBS) {
      expect(TASKS.find((t) => t.name === job.name)?.options.ownTransactions).toBe(true);
    }
    for (const entry of NOTIFICATION_CRONTAB) {
      expect(SCHEDULES).toContainEqual({ crontab: entry.cron, taskName: entry.job, payload: entry.payload });
    }
  });

  it('refuses a schedule that is not a crontab line', () => {
    const bad = defineSchedule('every night', 'jobs.cleanup');
    expect(() => parseCronItems([{ task: bad.taskName, match: bad.crontab }])).toThrow();
  });
});
