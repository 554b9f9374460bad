import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { STALE_AFTER_DAYS } from './capabilities.constants.ts';

/** A stale profile whose owners have not been told in this staleness period, with who to tell. */
export interface StaleProfileRow {
  enterprise_id: string;
  enterprise_name: string;
  spare_confirmed_on: string | null;
  owner_user_ids: string[];
}

/**
 * Locks and returns the profiles stale on `today` (spare capacity unconfirmed for more than 60 days, or
 * never) whose owners were not yet told since the last confirmation, with the enterprise users who own
 * them. Concurrent runs skip each other's rows.
 */
export async function lockUnnotifiedStaleProfiles(db: Db, today: string): Promise<StaleProfileRow[]> {
  const result = await sql<StaleProfileRow>`
    SELECT p.enterprise_id, e.name AS enterprise_name, p.spare_confirmed_on::text AS spare_confirmed_on,
      ARRAY(SELECT s.user_id FROM user_scopes s
            WHERE s.kind = 'enterprise' AND s.ref = p.enterprise_id::text) AS owner_user_ids
    FROM capability_profiles p JOIN enterprises e ON e.id = p.enterprise_id
    WHERE e.archived_at IS NULL
      AND (p.spare_confirmed_on IS NULL OR p.spare_confirmed_on < ${today}::date - ${STALE_AFTER_DAYS}::int)
      AND (p.stale_notified_on IS NULL
           OR (p.spare_confirmed_on IS NOT NULL AND p.stale_notified_on <= p.spare_confirmed_on))
    ORDER BY p.enterprise_id
    FOR UPDATE OF p SKIP LOCKED`.execute(db);
  return result.rows;
}

/** Records that the owners of these profiles were told on `today`. */
export async function markStaleNotified(
  db: Db,
  enterpriseIds: readonly string[],
  today: string,
): Promise<void> {
  if (enterpriseIds.length === 0) return;
  await db
    .updateTable('capability_profiles')
    .set({ stale_notified_on: today })
    .where('enterprise_id', 'in', [...enterpriseIds])
    .execute();
}
