import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db/database.ts';
import { pendingMigrations } from '../db/migrate.ts';

/** Whether this process may take traffic: the database answers and its schema is the one the program knows. */
export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'database' }
  | { ready: false; reason: 'migrations'; pending: string[] };

/** How long the database may take to answer a probe before the process counts as not ready. */
export const PROBE_MS = 2000;

/** `work`'s result, or `fallback` when it fails or takes longer than `ms` (a probe must answer quickly). */
export async function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      work.catch(() => fallback),
      sleep(ms, fallback, { signal: timer.signal }).catch(() => fallback),
    ]);
  } finally {
    timer.abort();
  }
}

/** Asks the database which known migrations it lacks (one read of Kysely's migration table). */
export async function readiness(db: Db): Promise<Readiness> {
  const pending = await within<string[] | null>(pendingMigrations(db), PROBE_MS, null);
  if (pending === null) return { ready: false, reason: 'database' };
  if (pending.length > 0) return { ready: false, reason: 'migrations', pending };
  return { ready: true };
}
