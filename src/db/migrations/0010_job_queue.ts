import { type Kysely, sql } from 'kysely';

/**
 * The job queue's own bookkeeping beside graphile-worker's schema (installed before our migrations by
 * `jobs/install.ts`): the worker processes seen (`job_workers`: heartbeat, the graphile-worker ids of
 * their workers, so a killed process's jobs are released at once instead of after graphile-worker's
 * four hours) and the jobs done (`jobs_done`: written in the job's own transaction, so a job whose
 * writes committed is never run again, and the admin screen can show what finished recently).
 *
 * A centre's stored analysis is recomputed on the queue: the statement-level triggers of 0005 call
 * `bump_network_versions`, which now also adds one `analysis.refresh` job per touched centre, keyed
 * `analysis:<centre>` and due two seconds later, so a burst of edits replaces one pending job and the
 * analysis is recomputed once. The job is added in the writer's transaction: it exists only if the
 * change commits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE job_workers (
      id text PRIMARY KEY,
      worker_ids text[] NOT NULL DEFAULT '{}',
      concurrency integer NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      last_seen timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE jobs_done (
      job_id bigint PRIMARY KEY,
      task text NOT NULL,
      key text,
      attempts integer NOT NULL,
      created_at timestamptz NOT NULL,
      finished_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX jobs_done_finished ON jobs_done (finished_at)`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION bump_network_versions(centers uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      touched uuid[] := ARRAY(SELECT DISTINCT c FROM unnest(centers) AS c WHERE c IS NOT NULL ORDER BY c);
    BEGIN
      INSERT INTO center_network_versions AS v (center_id, version)
      SELECT c, 1 FROM unnest(touched) AS c
      ON CONFLICT (center_id) DO UPDATE SET version = v.version + 1;
      IF cardinality(touched) > 0 THEN
        PERFORM graphile_worker.add_jobs(ARRAY(
          SELECT ROW('analysis.refresh', json_build_object('centerId', c), NULL, now() + interval '2 seconds',
                     5, 'analysis:' || c, NULL, NULL)::graphile_worker.job_spec
          FROM unnest(touched) AS c));
      END IF;
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION bump_network_versions(centers uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO center_network_versions AS v (center_id, version)
      SELECT c, 1 FROM (SELECT DISTINCT unnest(centers) AS c) s WHERE c IS NOT NULL ORDER BY c
      ON CONFLICT (center_id) DO UPDATE SET version = v.version + 1
    $$`.execute(db);
  await sql`DROP TABLE IF EXISTS jobs_done`.execute(db);
  await sql`DROP TABLE IF EXISTS job_workers`.execute(db);
}
