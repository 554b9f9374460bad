/**
 * The background work of notifications, for the job queue to register (issue #17): each entry is a plain,
 * idempotent function of (payload, { db }); the queue validates the payload with `payload`, calls `run`,
 * and owns retries and their backoff (a thrown error is a failed attempt). Nothing here polls or sleeps.
 */
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { SEND_OUTBOX_MESSAGE_TASK } from './notifications.constants.ts';
import { sendDueOutbox, sendOutboxMessage } from './outbox-send.ts';
import { sweepDueReminders } from './reminders.ts';
import { type OutboxSenders, outboxSenders } from './senders.ts';

/** A job the queue can run. */
export interface NotificationJob<P extends z.ZodType> {
  name: string;
  payload: P;
  run(payload: z.infer<P>, deps: { db: Db }): Promise<unknown>;
}

let senders: OutboxSenders | undefined;
/** The senders of this process's configuration, built once (one SMTP transport per process). */
function configuredSenders(): OutboxSenders {
  senders ??= outboxSenders(loadConfig());
  return senders;
}

/** Sends one outbox message (enqueue one per id that `notify()` returns); throws when delivery fails. */
export const sendOutboxMessageJob = {
  name: SEND_OUTBOX_MESSAGE_TASK,
  payload: z.object({ messageId: z.uuid() }).strict(),
  run: (payload, { db }) => sendOutboxMessage(db, payload, configuredSenders()),
} satisfies NotificationJob<z.ZodType<{ messageId: string }>>;

/** Sends every due message: catches those whose job was lost, and those waiting for SMTP to be configured. */
export const sendDueOutboxJob = {
  name: 'notifications.send-due-outbox',
  payload: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  run: (payload, { db }) => sendDueOutbox(db, configuredSenders(), payload.limit),
} satisfies NotificationJob<z.ZodType<{ limit?: number | undefined }>>;

/** Turns due reminders into notifications, each exactly once (safe with several sweeps at a time). */
export const sweepRemindersJob = {
  name: 'notifications.sweep-reminders',
  payload: z.object({}).strict(),
  run: (_payload, { db }) => sweepDueReminders(db),
} satisfies NotificationJob<z.ZodType<Record<string, never>>>;

/** Every notifications job, for the queue's registry. */
export const NOTIFICATION_JOBS = [sendOutboxMessageJob, sendDueOutboxJob, sweepRemindersJob] as const;

/**
 * The suggested schedule (crontab syntax, as graphile-worker's crontab and pg-boss's schedule take it):
 * reminders every minute, so one fires at most a minute late; the outbox sweep every five minutes, as a
 * safety net behind the per-message jobs.
 */
export const NOTIFICATION_CRONTAB = [
  { cron: '* * * * *', job: sweepRemindersJob.name, payload: {} },
  { cron: '*/5 * * * *', job: sendDueOutboxJob.name, payload: {} },
] as const;
