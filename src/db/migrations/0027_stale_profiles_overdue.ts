import { type Kysely, sql } from 'kysely';

/**
 * The stale-profile reminder became a check of the nightly overdue sweep, which remembers what it told in
 * `overdue_notices`: the profiles' own "told on" day moves there (keyed by the last day the confirmation
 * held, as the check keys it), so no owner is told twice for the same confirmation, and the column goes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO overdue_notices (check_name, object_type, object_id, due_on, notified_at)
    SELECT 'capability-stale', 'enterprise_capability', p.enterprise_id::text,
           COALESCE(p.spare_confirmed_on + 60, (p.created_at AT TIME ZONE 'Asia/Jakarta')::date),
           p.stale_notified_on::timestamptz
      FROM capability_profiles p
     WHERE p.stale_notified_on IS NOT NULL
       AND (p.spare_confirmed_on IS NULL OR p.stale_notified_on > p.spare_confirmed_on)
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`ALTER TABLE capability_profiles DROP COLUMN stale_notified_on`.execute(db);
}

/** Brings the column back, filled from the sweep's record. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE capability_profiles ADD COLUMN stale_notified_on date`.execute(db);
  await sql`
    UPDATE capability_profiles p SET stale_notified_on = (n.notified_at AT TIME ZONE 'Asia/Jakarta')::date
      FROM overdue_notices n
     WHERE n.check_name = 'capability-stale' AND n.object_id = p.enterprise_id::text`.execute(db);
}
