import type { Db } from '../db/database.ts';
import { notify } from '../notifications/notify.ts';
import { cancelReminders, remind } from '../notifications/reminders.ts';
import { memberUserIds, pledgerUserIds } from './pool-parties.repo.ts';
import { REMIND_DAYS_BEFORE_CLOSING } from './pools.constants.ts';

/** What the pool's notices say about it. */
export interface PoolFacts {
  id: string;
  institutionId: string;
  material: string;
  institutionName: string;
  closingDate: string;
}

const ref = (id: string) => ({ type: 'pool' as const, id });
const params = (pool: PoolFacts) => ({
  material: pool.material,
  institution: pool.institutionName,
  closingDate: pool.closingDate,
});

/**
 * Tells the institution's members that a pool opened, and schedules the reminder two days before it
 * closes (08:00 WIB); a closing date nearer than that gets no reminder, the opening notice says it all.
 */
export async function announcePool(db: Db, pool: PoolFacts, today: string): Promise<void> {
  const members = await memberUserIds(db, pool.institutionId, today);
  await notify(db, members, 'pool', ref(pool.id), 'pool.opened', params(pool));
  await scheduleClosingReminder(db, pool, members);
}

/** Replaces the closing reminder after the closing date changed. */
export async function rescheduleClosingReminder(db: Db, pool: PoolFacts, today: string): Promise<void> {
  await cancelReminders(db, ref(pool.id), 'pool');
  await scheduleClosingReminder(db, pool, await memberUserIds(db, pool.institutionId, today));
}

async function scheduleClosingReminder(db: Db, pool: PoolFacts, userIds: string[]): Promise<void> {
  const at = new Date(`${pool.closingDate}T01:00:00Z`);
  at.setUTCDate(at.getUTCDate() - REMIND_DAYS_BEFORE_CLOSING);
  if (at.getTime() <= Date.now() || userIds.length === 0) return;
  await remind(db, userIds, at, 'pool', ref(pool.id), 'pool.closing_soon', params(pool));
}

/** Tells the pledgers the pool closed, was cancelled or was split; a pending reminder no longer applies. */
export async function tellPledgers(
  db: Db,
  pool: PoolFacts,
  key: 'pool.closed' | 'pool.cancelled' | 'pool.split',
  extra: Record<string, string | number> = {},
): Promise<void> {
  await cancelReminders(db, ref(pool.id), 'pool');
  await notify(db, await pledgerUserIds(db, pool.id), 'pool', ref(pool.id), key, {
    ...params(pool),
    ...extra,
  });
}
