import { type Kysely, sql } from 'kysely';

/**
 * The per-centre rollup of the overview (issue #22, Speed: the whole country < 200 ms; docs/design-choices.md,
 * "The overview's per-centre rollup"): one row per centre with what `GET /api/overview` shows of it — active
 * members, their workers and production value and their Ministry size classes (Permenperin 64/2016), each
 * member counted with its latest year — so the overview reads 13,762 rows instead of 516,000 members and
 * their yearly rows. Kept by triggers in the writing transaction, as the trust summary (migration 0022):
 * a committed membership, enterprise or yearly write is in the rollup at the same commit.
 * Membership is by date: the rollup counts the members active on the day of the write (WIB), and
 * `fresh_from`–`fresh_until` (the latter exclusive; null: unbounded) is the span of days over which that set
 * of members stays the same. A reader on a day outside it (a membership began or ended since) computes that
 * centre live.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE center_rollups (
      center_id uuid PRIMARY KEY REFERENCES centers(id) ON DELETE CASCADE,
      units integer NOT NULL DEFAULT 0,
      workers bigint NOT NULL DEFAULT 0,
      production_value bigint NOT NULL DEFAULT 0,
      class_ik integer NOT NULL DEFAULT 0,
      class_im integer NOT NULL DEFAULT 0,
      class_ib integer NOT NULL DEFAULT 0,
      class_unknown integer NOT NULL DEFAULT 0,
      latest_year integer,
      summarized_on date,
      fresh_from date,
      fresh_until date
    )`.execute(db);
  await sql.raw(FUNCTIONS).execute(db);
  await sql.raw(TRIGGERS).execute(db);
  await sql`SELECT center_rollup_recompute(ARRAY(SELECT id FROM centers))`.execute(db);
}

/**
 * `ministry_size_class`: the Ministry's class of one yearly row, the SQL twin of `industryClass` in
 * src/enterprises/size-classes.ts (the rollup test holds them equal). `center_rollup_recompute(ids)`:
 * recomputes the rollups of `ids` set-based from the stored rows; rows are created, then locked in id order
 * (two writers never deadlock), then computed, so under READ COMMITTED the last writer sees every write
 * committed before its lock.
 */
const FUNCTIONS = `
CREATE FUNCTION ministry_size_class(male integer, female integer, investment bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE
    WHEN (male IS NULL AND female IS NULL) OR investment IS NULL THEN 'unknown'
    WHEN COALESCE(male, 0) + COALESCE(female, 0) <= 19 THEN CASE WHEN investment < 1000000000 THEN 'IK' ELSE 'IM' END
    WHEN investment <= 15000000000 THEN 'IM'
    ELSE 'IB' END
$fn$;

CREATE FUNCTION center_rollup_recompute(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE cut date := (now() AT TIME ZONE 'Asia/Jakarta')::date;
BEGIN
  ids := ARRAY(SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL ORDER BY x);
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  INSERT INTO center_rollups (center_id)
    SELECT c.id FROM unnest(ids) x JOIN centers c ON c.id = x ORDER BY c.id ON CONFLICT DO NOTHING;
  PERFORM 1 FROM center_rollups r JOIN unnest(ids) x ON x = r.center_id ORDER BY r.center_id FOR UPDATE OF r;
  WITH members AS (
    SELECT m.center_id, y.year, y.workers_male, y.workers_female, y.investment_excl_land_building,
      y.production_value
    FROM unnest(ids) x
    JOIN center_memberships m ON m.center_id = x
    JOIN enterprises e ON e.id = m.enterprise_id AND e.archived_at IS NULL
    LEFT JOIN LATERAL (
      SELECT * FROM enterprise_year_data d WHERE d.enterprise_id = m.enterprise_id
      ORDER BY d.year DESC, d.updated_at DESC LIMIT 1
    ) y ON true
    WHERE m.valid_from <= cut AND (m.valid_to IS NULL OR m.valid_to >= cut)),
  classed AS (
    SELECT members.*, CASE WHEN year IS NULL THEN 'unknown'
      ELSE ministry_size_class(workers_male, workers_female, investment_excl_land_building) END AS class
    FROM members),
  sums AS (
    SELECT center_id, count(*)::int AS units,
      sum(COALESCE(workers_male, 0) + COALESCE(workers_female, 0))::bigint AS workers,
      COALESCE(sum(production_value), 0)::bigint AS production_value,
      count(*) FILTER (WHERE class = 'IK')::int AS ik, count(*) FILTER (WHERE class = 'IM')::int AS im,
      count(*) FILTER (WHERE class = 'IB')::int AS ib, count(*) FILTER (WHERE class = 'unknown')::int AS unknown,
      max(year) AS latest_year
    FROM classed GROUP BY center_id),
  bounds AS (
    SELECT m.center_id, max(v.b) FILTER (WHERE v.b <= cut) AS fresh_from,
      min(v.b) FILTER (WHERE v.b > cut) AS fresh_until
    FROM unnest(ids) x
    JOIN center_memberships m ON m.center_id = x
    CROSS JOIN LATERAL (VALUES (m.valid_from), (m.valid_to + 1)) v(b)
    GROUP BY m.center_id)
  UPDATE center_rollups r SET
    units = COALESCE(s.units, 0), workers = COALESCE(s.workers, 0),
    production_value = COALESCE(s.production_value, 0), class_ik = COALESCE(s.ik, 0),
    class_im = COALESCE(s.im, 0), class_ib = COALESCE(s.ib, 0), class_unknown = COALESCE(s.unknown, 0),
    latest_year = s.latest_year, summarized_on = cut, fresh_from = b.fresh_from, fresh_until = b.fresh_until
  FROM unnest(ids) x
  LEFT JOIN sums s ON s.center_id = x
  LEFT JOIN bounds b ON b.center_id = x
  WHERE r.center_id = x;
END $fn$;

CREATE FUNCTION center_rollup_from_centers() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM center_rollup_recompute(ARRAY(SELECT n.id FROM new_rows n));
  RETURN NULL;
END $fn$;

CREATE FUNCTION center_rollup_from_memberships() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE touched uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN touched := touched || ARRAY(SELECT n.center_id FROM new_rows n); END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN touched := touched || ARRAY(SELECT o.center_id FROM old_rows o); END IF;
  PERFORM center_rollup_recompute(touched);
  RETURN NULL;
END $fn$;

CREATE FUNCTION center_rollup_from_years() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE firms uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN firms := firms || ARRAY(SELECT n.enterprise_id FROM new_rows n); END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN firms := firms || ARRAY(SELECT o.enterprise_id FROM old_rows o); END IF;
  PERFORM center_rollup_recompute(ARRAY(
    SELECT m.center_id FROM center_memberships m WHERE m.enterprise_id = ANY(firms)));
  RETURN NULL;
END $fn$;

CREATE FUNCTION center_rollup_from_enterprise() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM center_rollup_recompute(ARRAY(
    SELECT m.center_id FROM center_memberships m WHERE m.enterprise_id = NEW.id));
  RETURN NULL;
END $fn$;
`;

/** Statement-level triggers with transition tables (one event each), and a row trigger on archiving a firm. */
const TRIGGERS = [
  `CREATE TRIGGER centers_rollup_ins AFTER INSERT ON centers REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION center_rollup_from_centers();`,
  ...[
    ['center_memberships', 'center_rollup_from_memberships'],
    ['enterprise_year_data', 'center_rollup_from_years'],
  ].flatMap(([table, fn]) => [
    `CREATE TRIGGER ${table}_rollup_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
    `CREATE TRIGGER ${table}_rollup_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
    `CREATE TRIGGER ${table}_rollup_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`,
  ]),
  `CREATE TRIGGER enterprises_rollup_archive AFTER UPDATE OF archived_at ON enterprises
    FOR EACH ROW WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at)
    EXECUTE FUNCTION center_rollup_from_enterprise();`,
].join('\n');

/** Drops the triggers, functions and table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS centers_rollup_ins ON centers`.execute(db);
  await sql`DROP TRIGGER IF EXISTS enterprises_rollup_archive ON enterprises`.execute(db);
  for (const table of ['center_memberships', 'enterprise_year_data']) {
    for (const op of ['ins', 'upd', 'del']) {
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_rollup_${op} ON ${table}`).execute(db);
    }
  }
  for (const fn of ['from_centers', 'from_memberships', 'from_years', 'from_enterprise']) {
    await sql.raw(`DROP FUNCTION IF EXISTS center_rollup_${fn}()`).execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS center_rollup_recompute(uuid[])`.execute(db);
  await sql`DROP FUNCTION IF EXISTS ministry_size_class(integer, integer, bigint)`.execute(db);
  await sql`DROP TABLE IF EXISTS center_rollups`.execute(db);
}
