import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** An active facility of a live centre, what the idle check needs of it. */
export interface IdleCandidateRow {
  id: string;
  name: string;
  center_name: string;
  open_weekdays: number[];
  closed_dates: string[];
  /** The last day it was used up to `today` (a used booking or a walk-in), null when never. */
  last_used_on: string | null;
  /** Its centre's active managers. */
  manager_ids: string[];
}

/** Every active facility of a centre not archived, with its last use up to `today` and who manages the centre. */
export async function idleCandidateRows(db: Db, today: string): Promise<IdleCandidateRow[]> {
  const { rows } = await sql<IdleCandidateRow>`
    SELECT f.id, f.name, c.name AS center_name, f.open_weekdays, f.closed_dates::text[] AS closed_dates,
           greatest(
             (SELECT max(least(b.ends_on, ${today}::date)) FROM facility_bookings b
               WHERE b.facility_id = f.id AND b.used AND b.cancelled_at IS NULL AND b.starts_on <= ${today}::date),
             (SELECT max(w.used_on) FROM facility_walk_ins w WHERE w.facility_id = f.id AND w.used_on <= ${today}::date)
           )::text AS last_used_on,
           ARRAY(
             SELECT DISTINCT u.id FROM users u JOIN user_scopes s ON s.user_id = u.id
              WHERE u.active AND u.role = 'center_manager' AND s.kind = 'center' AND s.ref = c.id::text
              ORDER BY u.id
           )::text[] AS manager_ids
      FROM facilities f JOIN centers c ON c.id = f.center_id
     WHERE f.status = 'active' AND c.archived_at IS NULL
     ORDER BY f.id`.execute(db);
  return rows;
}
