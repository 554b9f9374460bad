import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn } from '../shared/periods.ts';

/** A centre whose members' figures for a year are not all in, and who looks after it. */
export interface MissingYearRow {
  center_id: string;
  center_name: string;
  members: number;
  missing: number;
  user_ids: string[];
}

/**
 * Centres (not archived) with members on `onDay` that have no yearly figures for `year`, with the active
 * users who keep those figures: regional officers whose regions cover the centre, and its centre managers.
 */
export async function centersMissingYear(db: Db, year: number, onDay: string): Promise<MissingYearRow[]> {
  const { rows } = await sql<MissingYearRow>`
    WITH counts AS (
      SELECT m.center_id,
             count(DISTINCT m.enterprise_id)::int AS members,
             count(DISTINCT m.enterprise_id) FILTER (WHERE NOT EXISTS (
               SELECT 1 FROM enterprise_year_data y WHERE y.enterprise_id = m.enterprise_id AND y.year = ${year}
             ))::int AS missing
        FROM center_memberships m
        JOIN enterprises e ON e.id = m.enterprise_id AND e.archived_at IS NULL
       WHERE ${memberOn(onDay, 'm')}
       GROUP BY m.center_id
    )
    SELECT c.id AS center_id, c.name AS center_name, k.members, k.missing,
           ARRAY(
             SELECT DISTINCT u.id FROM users u JOIN user_scopes s ON s.user_id = u.id
              WHERE u.active AND (
                    (u.role = 'regional_officer' AND s.kind = 'region' AND EXISTS (
                       SELECT 1 FROM center_regions cr WHERE cr.center_id = c.id
                          AND (cr.region_code = s.ref OR cr.region_code LIKE s.ref || '.%')))
                 OR (u.role = 'center_manager' AND s.kind = 'center' AND s.ref = c.id::text))
              ORDER BY u.id
           )::text[] AS user_ids
      FROM counts k JOIN centers c ON c.id = k.center_id
     WHERE c.archived_at IS NULL AND k.missing > 0
     ORDER BY c.id`.execute(db);
  return rows;
}
