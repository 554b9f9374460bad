import { type Kysely, sql } from 'kysely';

/**
 * The trust summary of matching (issue #18, Speed; docs/design-choices.md, "Matching: the trust summary"):
 * per enterprise, what its tie and award history says (work ties by their last day, breaches, deliveries,
 * ratings), and the same per client, so a ranking reads one row per candidate instead of every tie.
 * Kept by statement-level triggers in the writing transaction: a committed tie or award write is in the
 * summary at the same commit, so a ranking never reads a stale trust.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE trust_summaries (
      enterprise_id uuid PRIMARY KEY REFERENCES enterprises(id) ON DELETE CASCADE,
      job_days jsonb NOT NULL DEFAULT '{}'::jsonb,
      job_count integer NOT NULL DEFAULT 0,
      breach_count integer NOT NULL DEFAULT 0,
      delivery_count integer NOT NULL DEFAULT 0,
      on_time_count integer NOT NULL DEFAULT 0,
      rating_sum float8 NOT NULL DEFAULT 0,
      rating_count integer NOT NULL DEFAULT 0,
      last_delivered_on date,
      late_ties jsonb NOT NULL DEFAULT '[]'::jsonb,
      horizon date,
      summarized_on date
    )`.execute(db);
  await sql`
    CREATE TABLE trust_pair_summaries (
      enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
      client_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
      job_days jsonb NOT NULL DEFAULT '{}'::jsonb,
      job_count integer NOT NULL DEFAULT 0,
      delivery_count integer NOT NULL DEFAULT 0,
      on_time_count integer NOT NULL DEFAULT 0,
      PRIMARY KEY (enterprise_id, client_id)
    )`.execute(db);
  await sql`CREATE INDEX trust_pair_summaries_client_idx ON trust_pair_summaries (client_id)`.execute(db);
  await sql.raw(RECOMPUTE).execute(db);
  await sql.raw(TRIGGERS).execute(db);
  await sql`SELECT trust_summary_recompute(ARRAY(
    SELECT to_enterprise_id FROM interactions WHERE to_enterprise_id IS NOT NULL
    UNION SELECT from_enterprise_id FROM interactions UNION SELECT enterprise_id FROM request_awards))`.execute(
    db,
  );
}

/**
 * Recomputes the summaries of `ids` from the stored ties and awards. The summary rows are locked first
 * (in id order, so two writers never deadlock) and only then read: under READ COMMITTED the reading
 * statements see every write committed before the lock was granted, so the last writer never stores a
 * summary that misses a concurrent writer's tie.
 * Ties that started by the day of the write (WIB) are counted: job_days maps a work tie's end date ("open"
 * while it has none) to how many ties, the ranking clips later end dates to its own day. Ties starting
 * later are kept one by one in late_ties, so a ranking on a later day counts those that have started by
 * then. horizon is the latest start date counted: a ranking for an earlier day reads the live ties.
 */
const RECOMPUTE = `
CREATE FUNCTION trust_summary_recompute(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE cut date := (now() AT TIME ZONE 'Asia/Jakarta')::date;
BEGIN
  ids := ARRAY(SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL ORDER BY x);
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  INSERT INTO trust_summaries (enterprise_id)
    SELECT x FROM unnest(ids) x WHERE EXISTS (SELECT 1 FROM enterprises e WHERE e.id = x)
    ORDER BY x ON CONFLICT DO NOTHING;
  PERFORM 1 FROM trust_summaries s WHERE s.enterprise_id = ANY(ids) ORDER BY s.enterprise_id FOR UPDATE;
  DELETE FROM trust_pair_summaries p WHERE p.enterprise_id = ANY(ids);
  WITH jobs AS (
    SELECT i.to_enterprise_id AS maker, i.from_enterprise_id AS client,
      COALESCE(to_char(i.end_date, 'YYYY-MM-DD'), 'open') AS day, count(*)::int AS n
    FROM interactions i
    WHERE i.to_enterprise_id = ANY(ids) AND i.archived_at IS NULL AND i.start_date <= cut
      AND i.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING')
    GROUP BY 1, 2, 3),
  job_pairs AS (SELECT maker, client, jsonb_object_agg(day, n) AS job_days, sum(n)::int AS job_count
    FROM jobs GROUP BY 1, 2),
  deliveries AS (
    SELECT a.enterprise_id AS maker, r.poster_enterprise_id AS client, count(*)::int AS n,
      count(*) FILTER (WHERE a.status = 'delivered' AND a.delivered_on IS NOT NULL
        AND a.delivered_on <= a.delivery_date)::int AS on_time
    FROM request_awards a JOIN partnership_requests r ON r.id = a.request_id
    WHERE a.enterprise_id = ANY(ids) AND a.status IN ('delivered', 'failed') AND r.poster_enterprise_id IS NOT NULL
    GROUP BY 1, 2)
  INSERT INTO trust_pair_summaries (enterprise_id, client_id, job_days, job_count, delivery_count, on_time_count)
    SELECT COALESCE(j.maker, d.maker), COALESCE(j.client, d.client), COALESCE(j.job_days, '{}'::jsonb),
      COALESCE(j.job_count, 0), COALESCE(d.n, 0), COALESCE(d.on_time, 0)
    FROM job_pairs j FULL JOIN deliveries d ON d.maker = j.maker AND d.client = j.client;
  UPDATE trust_summaries s SET
    job_days = COALESCE((SELECT jsonb_object_agg(day, n) FROM (
      SELECT COALESCE(to_char(i.end_date, 'YYYY-MM-DD'), 'open') AS day, count(*)::int AS n FROM interactions i
      WHERE i.to_enterprise_id = s.enterprise_id AND i.archived_at IS NULL AND i.start_date <= cut
        AND i.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING') GROUP BY 1) d), '{}'::jsonb),
    job_count = (SELECT count(*) FROM interactions i WHERE i.to_enterprise_id = s.enterprise_id
      AND i.archived_at IS NULL AND i.start_date <= cut
      AND i.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING')),
    breach_count = (SELECT count(*) FROM interactions i WHERE i.from_enterprise_id = s.enterprise_id
      AND i.archived_at IS NULL AND i.start_date <= cut AND i.type = 'BREACH_OF_CONTRACT'),
    late_ties = COALESCE((SELECT jsonb_agg(jsonb_build_object('type', i.type, 'client', i.from_enterprise_id,
        'start', to_char(i.start_date, 'YYYY-MM-DD'), 'end', to_char(i.end_date, 'YYYY-MM-DD')))
      FROM interactions i WHERE i.archived_at IS NULL AND i.start_date > cut
        AND ((i.to_enterprise_id = s.enterprise_id AND i.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING'))
          OR (i.from_enterprise_id = s.enterprise_id AND i.type = 'BREACH_OF_CONTRACT'))), '[]'::jsonb),
    horizon = (SELECT max(i.start_date) FROM interactions i
      WHERE i.archived_at IS NULL AND i.start_date <= cut AND ((i.to_enterprise_id = s.enterprise_id
        AND i.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING'))
        OR (i.from_enterprise_id = s.enterprise_id AND i.type = 'BREACH_OF_CONTRACT'))),
    summarized_on = cut,
    (delivery_count, on_time_count, rating_sum, rating_count, last_delivered_on) = (
      SELECT count(*), count(*) FILTER (WHERE a.status = 'delivered' AND a.delivered_on IS NOT NULL
          AND a.delivered_on <= a.delivery_date),
        COALESCE(sum((rt.on_time + rt.quality + rt.communication) / 3.0)::float8, 0), count(rt.id),
        max(a.delivered_on)
      FROM request_awards a
      LEFT JOIN request_ratings rt ON rt.award_id = a.id AND rt.rater_side = 'poster'
      WHERE a.enterprise_id = s.enterprise_id AND a.status IN ('delivered', 'failed'))
  WHERE s.enterprise_id = ANY(ids);
END $fn$;

CREATE FUNCTION trust_summary_from_ties() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE touched uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    touched := touched || ARRAY(SELECT CASE WHEN n.type = 'BREACH_OF_CONTRACT' THEN n.from_enterprise_id
      ELSE n.to_enterprise_id END FROM new_rows n
      WHERE n.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING', 'BREACH_OF_CONTRACT'));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    touched := touched || ARRAY(SELECT CASE WHEN o.type = 'BREACH_OF_CONTRACT' THEN o.from_enterprise_id
      ELSE o.to_enterprise_id END FROM old_rows o
      WHERE o.type IN ('TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING', 'BREACH_OF_CONTRACT'));
  END IF;
  PERFORM trust_summary_recompute(touched);
  RETURN NULL;
END $fn$;

CREATE FUNCTION trust_summary_from_awards() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE touched uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    touched := touched || ARRAY(SELECT n.enterprise_id FROM new_rows n);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    touched := touched || ARRAY(SELECT o.enterprise_id FROM old_rows o);
  END IF;
  PERFORM trust_summary_recompute(touched);
  RETURN NULL;
END $fn$;

CREATE FUNCTION trust_summary_from_ratings() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE touched uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    touched := touched || ARRAY(SELECT a.enterprise_id FROM new_rows n JOIN request_awards a ON a.id = n.award_id);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    touched := touched || ARRAY(SELECT a.enterprise_id FROM old_rows o JOIN request_awards a ON a.id = o.award_id);
  END IF;
  PERFORM trust_summary_recompute(touched);
  RETURN NULL;
END $fn$;

CREATE FUNCTION trust_summary_from_poster() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM trust_summary_recompute(ARRAY(SELECT a.enterprise_id FROM request_awards a WHERE a.request_id = NEW.id));
  RETURN NULL;
END $fn$;
`;

/** One statement-level trigger per table and event (a trigger with transition tables takes one event). */
const TRIGGERS = [
  ['interactions', 'trust_summary_from_ties'],
  ['request_awards', 'trust_summary_from_awards'],
  ['request_ratings', 'trust_summary_from_ratings'],
]
  .flatMap(([table, fn]) => [
    `CREATE TRIGGER ${table}_trust_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
    `CREATE TRIGGER ${table}_trust_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
    `CREATE TRIGGER ${table}_trust_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
  ])
  .concat(
    `CREATE TRIGGER partnership_requests_trust_poster AFTER UPDATE OF poster_enterprise_id ON partnership_requests
      FOR EACH ROW WHEN (OLD.poster_enterprise_id IS DISTINCT FROM NEW.poster_enterprise_id)
      EXECUTE FUNCTION trust_summary_from_poster();`,
  )
  .join('\n');

/** Drops the triggers, functions and tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['interactions', 'request_awards', 'request_ratings']) {
    for (const op of ['ins', 'upd', 'del']) {
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_trust_${op} ON ${table}`).execute(db);
    }
  }
  await sql`DROP TRIGGER IF EXISTS partnership_requests_trust_poster ON partnership_requests`.execute(db);
  for (const fn of ['from_ties', 'from_awards', 'from_ratings', 'from_poster']) {
    await sql.raw(`DROP FUNCTION IF EXISTS trust_summary_${fn}()`).execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS trust_summary_recompute(uuid[])`.execute(db);
  await sql`DROP TABLE IF EXISTS trust_pair_summaries`.execute(db);
  await sql`DROP TABLE IF EXISTS trust_summaries`.execute(db);
}
