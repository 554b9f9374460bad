import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { defineTask } from '../jobs/define.ts';
import { notify } from '../notifications/notify.ts';
import { todayWib } from '../shared/periods.ts';
import { lockUnnotifiedStaleProfiles, markStaleNotified } from './stale-profiles.repo.ts';

/**
 * Tells the owners of each profile that went stale (spare capacity unconfirmed for 60 days) once per
 * staleness period: the day is stored on the profile, and a new confirmation starts a new period. Returns
 * how many profiles were reminded. A profile whose firm has no user account is marked all the same, so
 * the daily run does not look at it again until it is confirmed.
 */
export async function remindStaleProfiles(db: Db, today: string = todayWib()): Promise<number> {
  const stale = await lockUnnotifiedStaleProfiles(db, today);
  for (const profile of stale) {
    if (profile.owner_user_ids.length === 0) continue;
    await notify(
      db,
      profile.owner_user_ids,
      'reminder',
      { type: 'enterprise_capability', id: profile.enterprise_id },
      'capability.stale',
      { name: profile.enterprise_name, since: profile.spare_confirmed_on ?? '—' },
    );
  }
  await markStaleNotified(
    db,
    stale.map((p) => p.enterprise_id),
    today,
  );
  return stale.length;
}

/** The daily check of stale capability profiles (scheduled in jobs/tasks.ts); runs in the job's transaction. */
export const staleProfilesTask = defineTask(
  'capabilities.stale-reminders',
  z.object({}),
  async (_payload, { db }) => {
    await remindStaleProfiles(db);
  },
);
