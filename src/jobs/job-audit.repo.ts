import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** A job step an admin takes, as the audit trail names it. */
export type AdminJobEvent = 'retried' | 'cancelled';

/**
 * Writes the admin's step into the audit trail (migration 0013's `audit_job`, attributed to the acting
 * admin) and tells the trail's trigger, for the rest of this transaction, that the failure a cancel
 * writes is the admin's, not the job's. Call it in the transaction of the action.
 */
export async function auditAdminJobStep(
  trx: Db,
  job: { id: string; task: string; key: string | null },
  event: AdminJobEvent,
): Promise<void> {
  await sql`SELECT set_config('simpul.job_admin', 'on', true)`.execute(trx);
  await sql`SELECT audit_job(${job.id}::bigint, ${event},
    jsonb_build_object('task', ${job.task}::text, 'key', ${job.key}::text))`.execute(trx);
}
