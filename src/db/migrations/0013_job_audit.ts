import { type Kysely, sql } from 'kysely';

/**
 * Jobs in the audit trail: one `audit_log` row (entity type `job`, the job's id, no regions, so only
 * national readers can match it) per step of a job's life, `after.event` naming the step.
 *
 * - queued: a row trigger on graphile-worker's job table, in the enqueuer's transaction, so the acting
 *   user is the one who enqueued (a request, a command, a tie edit whose trigger adds the analysis
 *   refresh), else the system. Jobs of the recurring schedules (their payload carries graphile-worker's
 *   `_cron`) are not audited: the reminder sweep alone runs every minute and would bury the trail.
 * - done: a row trigger on `jobs_done`, which `run-task.ts` writes in the job's own transaction; only for
 *   jobs whose queueing was audited (one index probe).
 * - failed: a row trigger on the job table when a job ends failed for good (its last attempt failed, or
 *   a worker failed it outright); earlier attempts of a retrying job are not audited.
 * - retried / cancelled: written by the admin action itself (`jobs.service.ts`), which sets
 *   `simpul.job_admin` for its transaction so the trigger does not also call a cancel a failure.
 *
 * One insert per job step: an analysis refresh after a tie edit costs two small inserts in all.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION audit_job(job_id bigint, event text, details jsonb) RETURNS void LANGUAGE sql AS $$
      INSERT INTO audit_log (actor_user_id, actor_label, via, session_id, token_id, request_id,
                             action, entity_type, entity_id, after)
      SELECT (a->>'userId')::uuid, a->>'label', a->>'via', a->>'sessionId', (a->>'tokenId')::uuid,
             a->>'requestId', CASE WHEN event = 'queued' THEN 'insert' ELSE 'update' END, 'job',
             job_id::text, jsonb_build_object('event', event) || jsonb_strip_nulls(details)
        FROM simpul_actor() AS a
    $$`.execute(db);

  await sql`
    CREATE FUNCTION audit_job_row() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      task text := (SELECT identifier FROM graphile_worker._private_tasks WHERE id = NEW.task_id);
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM audit_job(NEW.id, 'queued', jsonb_build_object('task', task, 'key', NEW.key,
          'run_at', NEW.run_at, 'max_attempts', NEW.max_attempts));
      ELSIF coalesce(current_setting('simpul.job_admin', true), '') <> 'on' THEN
        PERFORM audit_job(NEW.id, 'failed', jsonb_build_object('task', task, 'key', NEW.key,
          'attempts', NEW.attempts, 'error', NEW.last_error));
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER simpul_audit_job_queued AFTER INSERT ON graphile_worker._private_jobs
    FOR EACH ROW WHEN (NOT (NEW.payload::jsonb ? '_cron')) EXECUTE FUNCTION audit_job_row()`.execute(db);
  // Ends failed for good: the last attempt was running and is now released, or a job not running was
  // failed outright (unknown task kind). A worker's return of a job on shutdown lowers attempts: no match.
  await sql`
    CREATE TRIGGER simpul_audit_job_failed AFTER UPDATE ON graphile_worker._private_jobs
    FOR EACH ROW WHEN (NEW.attempts >= NEW.max_attempts AND NEW.locked_at IS NULL
                       AND (OLD.locked_at IS NOT NULL OR OLD.attempts < OLD.max_attempts))
    EXECUTE FUNCTION audit_job_row()`.execute(db);

  await sql`
    CREATE FUNCTION audit_job_done() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM audit_log WHERE entity_type = 'job' AND entity_id = NEW.job_id::text) THEN
        PERFORM audit_job(NEW.job_id, 'done', jsonb_build_object('task', NEW.task, 'key', NEW.key,
          'attempts', NEW.attempts));
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_job_done AFTER INSERT ON jobs_done
    FOR EACH ROW EXECUTE FUNCTION audit_job_done()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS audit_job_done ON jobs_done`.execute(db);
  await sql`DROP TRIGGER IF EXISTS simpul_audit_job_failed ON graphile_worker._private_jobs`.execute(db);
  await sql`DROP TRIGGER IF EXISTS simpul_audit_job_queued ON graphile_worker._private_jobs`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_job_done()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_job_row()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_job(bigint, text, jsonb)`.execute(db);
}
