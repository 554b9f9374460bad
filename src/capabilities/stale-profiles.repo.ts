import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { STALE_AFTER_DAYS } from './capabilities.constants.ts';

/** A profile stale on a day, the day it was last fresh, and the enterprise users who own it. */
export interface StaleProfileRow {
  enterprise_id: string;
  enterprise_name: string;
  spare_confirmed_on: string | null;
  fresh_until: string;
  owner_user_ids: string[];
}

/**
 * The profiles of firms not archived that are stale on `today`: spare capacity unconfirmed for more than
 * 60 days, or never confirmed. `fresh_until` is the last day the confirmation held (60 days after it;
 * a profile never confirmed was stale from the day it was made), so each confirmation has its own date.
 */
export async function staleProfilesOn(db: Db, today: string): Promise<StaleProfileRow[]> {
  const result = await sql<StaleProfileRow>`
    SELECT p.enterprise_id, e.name AS enterprise_name, p.spare_confirmed_on::text AS spare_confirmed_on,
      COALESCE(p.spare_confirmed_on + ${STALE_AFTER_DAYS}::int, (p.created_at AT TIME ZONE 'Asia/Jakarta')::date)::text
        AS fresh_until,
      ARRAY(SELECT s.user_id FROM user_scopes s
            WHERE s.kind = 'enterprise' AND s.ref = p.enterprise_id::text ORDER BY s.user_id)::text[]
        AS owner_user_ids
    FROM capability_profiles p JOIN enterprises e ON e.id = p.enterprise_id
    WHERE e.archived_at IS NULL
      AND (p.spare_confirmed_on IS NULL OR p.spare_confirmed_on < ${today}::date - ${STALE_AFTER_DAYS}::int)
    ORDER BY p.enterprise_id`.execute(db);
  return result.rows;
}
